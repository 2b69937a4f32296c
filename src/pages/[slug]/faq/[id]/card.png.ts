import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cacheKey } from '../../../../lib/cache-keys.ts';
import { renderCard, pngResponse } from '../../../../lib/card.ts';
import { formatDay } from '../../../../lib/dates.ts';
import { lastChanged } from '../../../../lib/pieces.ts';
import { getPublishedPageData } from '../../../../lib/published.ts';
import { site } from '../../../../site.config.ts';

/** The preview card of each FAQ answer: its question, the site name and the piece's date. */
export async function getStaticPaths() {
  return (await getPublishedPageData()).flatMap(({ piece, data: { faq } }) =>
    faq.map((entry) => ({
      params: { slug: piece.id, id: entry.id },
      props: { piece, entry },
      cacheKey: cacheKey([piece]),
    })),
  );
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { piece, entry } }) =>
  pngResponse(
    await renderCard({
      kicker: 'Question & answer',
      title: entry.question,
      footer: `${site.name} · ${formatDay(lastChanged(piece))}`,
    }),
  );
