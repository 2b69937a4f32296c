import type { CardOptions, CardText } from './card-size.ts';
import { formatDay } from './dates.ts';
import type { Piece } from './published.ts';
import { site } from '../site.config.ts';

/**
 * What a piece's cards show: its headline, the site and its date, over its lead image when it has
 * one. The preview card (src/pages/[slug]/card.png.ts) and its crops for search engines
 * (src/pages/[slug]/card-[crop].png.ts) draw the same.
 */
export function pieceCard(piece: Piece): { text: CardText; photo: CardOptions['photo'] } {
  return {
    text: {
      kicker: 'Explainer',
      title: piece.data.title,
      footer: `${site.name} · ${formatDay(piece.data.published)}`,
    },
    // Astro's image metadata knows the original file at build time (a non-enumerable fsPath).
    photo: (piece.data.image?.src as { fsPath?: string } | undefined)?.fsPath,
  };
}
