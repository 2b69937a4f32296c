import { pngResponse, renderCard } from './card.ts';
import type { CardOptions, CardText } from './card-size.ts';
import type { Piece } from './published.ts';
import { editionOfPiece, type Edition } from '../features/editions/editions.ts';
import { formatDay } from '../features/editions/format.ts';
import { t } from '../features/editions/strings.ts';
import { site } from '../site.config.ts';

/** A card's footer: the site and a date, as the edition writes them. */
export const cardFooter = (date: Date, edition: Edition) =>
  t(edition, 'card.footer', { site: site.name, date: formatDay(date, edition) });

/**
 * What a piece's cards show, in its edition's words: its headline, the site and its date, over its
 * lead image when it has one. The preview card (src/pages/[...slug]/card.png.ts) and its crops
 * for search engines (src/pages/[...slug]/card-[crop].png.ts) draw the same.
 */
export function pieceCard(piece: Piece): { text: CardText; photo: CardOptions['photo'] } {
  const edition = editionOfPiece(piece.id);
  return {
    text: {
      kicker: t(edition, 'card.piece'),
      title: piece.data.title,
      footer: cardFooter(piece.data.published, edition),
    },
    // Astro's image metadata knows the original file at build time (a non-enumerable fsPath).
    photo: (piece.data.image?.src as { fsPath?: string } | undefined)?.fsPath,
  };
}

/** An edition's card for pages that have none of their own: the site's name and description, in its words. */
export async function siteCard(edition: Edition): Promise<Response> {
  return pngResponse(
    await renderCard({
      kicker: site.name,
      title: t(edition, 'site.description'),
      footer: new URL(site.url).host,
    }),
  );
}
