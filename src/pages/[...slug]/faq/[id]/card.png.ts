import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { cacheKey } from '../../../../lib/cache-keys.ts';
import { editionOfPiece } from '../../../../features/editions/editions.ts';
import { t } from '../../../../features/editions/strings.ts';
import { renderCard, pngResponse } from '../../../../lib/card.ts';
import { cardFooter } from '../../../../lib/piece-cards.ts';
import { lastChanged } from '../../../../lib/pieces.ts';
import { getPublishedPageData } from '../../../../lib/published.ts';

/** The preview card of each FAQ answer: its question, the site name and the piece's date, in its edition's words. */
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

export const GET: APIRoute<Props> = async ({ props: { piece, entry } }) => {
  const edition = editionOfPiece(piece.id);
  return pngResponse(
    await renderCard({
      kicker: t(edition, 'faq.kicker'),
      title: entry.question,
      footer: cardFooter(lastChanged(piece), edition),
    }),
  );
};
