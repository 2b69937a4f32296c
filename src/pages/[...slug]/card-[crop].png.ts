import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cacheKey } from '../../lib/cache-keys.ts';
import { renderCard, pngResponse } from '../../lib/card.ts';
import { IMAGE_CROPS, type ImageCrop } from '../../lib/card-size.ts';
import { pieceCard } from '../../lib/piece-cards.ts';
import { getPublishedPieces } from '../../lib/published.ts';

/**
 * Each piece's card in the shapes search engines ask for in its structured data (16:9, 4:3, 1:1;
 * src/lib/card-size.ts): its lead image cropped to fill, or the generated card, under the headline.
 */
export async function getStaticPaths() {
  const pieces = await getPublishedPieces();
  return pieces.flatMap((piece) =>
    (Object.keys(IMAGE_CROPS) as ImageCrop[]).map((crop) => ({
      params: { slug: piece.id, crop },
      props: { piece, crop },
      cacheKey: cacheKey([piece]),
    })),
  );
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { piece, crop } }) => {
  const { text, photo } = pieceCard(piece);
  return pngResponse(await renderCard(text, { size: IMAGE_CROPS[crop], photo }));
};
