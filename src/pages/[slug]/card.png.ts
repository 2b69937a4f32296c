import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cacheKey } from '../../lib/cache-keys.ts';
import { renderCard, pngResponse } from '../../lib/card.ts';
import { formatDay } from '../../lib/dates.ts';
import { getPublishedPieces } from '../../lib/published.ts';
import { site } from '../../site.config.ts';

/** The preview card of each piece: its headline, the site name and the date. */
export async function getStaticPaths() {
  const pieces = await getPublishedPieces();
  return pieces.map((piece) => ({
    params: { slug: piece.id },
    props: { piece },
    cacheKey: cacheKey([piece]),
  }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { piece } }) =>
  pngResponse(
    await renderCard({
      kicker: 'Explainer',
      title: piece.data.title,
      footer: `${site.name} · ${formatDay(piece.data.published)}`,
    }),
  );
