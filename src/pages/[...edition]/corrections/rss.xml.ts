import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { correctionsOf } from '../../../features/corrections/corrections.ts';
import { everyEdition } from '../../../features/editions/paths.ts';
import { t } from '../../../features/editions/strings.ts';
import { getEditionPieces } from '../../../lib/published.ts';
import { anchorPath, correctionsFeedPath, correctionsPath } from '../../../lib/routes.ts';
import { absoluteUrl, site } from '../../../site.config.ts';

/** One corrections feed per edition: /corrections/rss.xml, /ja/corrections/rss.xml… */
export const getStaticPaths = everyEdition;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/**
 * RSS 2.0 of the edition's corrections and clarifications, newest first: each item names its kind
 * and piece, says what was put right, and links to the entry in the piece's update log.
 */
export const GET: APIRoute<Props> = async ({ props: { edition } }) => {
  const corrections = correctionsOf(await getEditionPieces(edition));
  return rss({
    title: t(edition, 'corrections.feedTitle', { site: site.name }),
    description: t(edition, 'corrections.description', { site: site.name }),
    site: absoluteUrl(correctionsPath(edition)),
    // Each link ends in its entry's #id, which a slash added after it would break.
    trailingSlash: false,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${edition.lang}</language>` +
      `<atom:link href="${absoluteUrl(correctionsFeedPath(edition))}" rel="self" type="application/rss+xml"/>`,
    items: corrections.map((correction) => ({
      title: t(edition, 'corrections.itemTitle', {
        kind: t(edition, `update.${correction.kind}`),
        title: correction.piece.data.title,
      }),
      description: correction.text,
      pubDate: correction.date,
      link: anchorPath(correction.piece.id, correction.id),
    })),
  });
};
