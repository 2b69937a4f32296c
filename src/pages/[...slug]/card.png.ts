import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cacheKey } from '../../lib/cache-keys.ts';
import { renderCard, pngResponse } from '../../lib/card.ts';
import { pieceCard } from '../../lib/piece-cards.ts';
import { getPublishedPieces } from '../../lib/published.ts';

/** The preview card of each piece: its headline, the site name and the date, over its lead image. */
export async function getStaticPaths() {
  const pieces = await getPublishedPieces();
  return pieces.map((piece) => ({
    params: { slug: piece.id },
    props: { piece },
    cacheKey: cacheKey([piece]),
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { piece } }) => {
  const { text, photo } = pieceCard(piece);
  return pngResponse(await renderCard(text, { photo }));
};
