import rss from '@astrojs/rss';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { authorName } from '../../../../features/authors/byline.ts';
import { authorPaths } from '../../../../features/authors/paths.ts';
import { t } from '../../../../features/editions/strings.ts';
import { pieceSummary } from '../../../../features/takeaways/takeaways.ts';
import { authorFeedPath, authorPath, piecePath } from '../../../../lib/routes.ts';
import { absoluteUrl, site } from '../../../../site.config.ts';
import { inEdition } from '../../../../features/authors/authors.ts';

/** One feed per author and edition: /authors/<id>/rss.xml, /ja/authors/<id>/rss.xml… */
export const getStaticPaths = authorPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/**
 * RSS 2.0 of an author's pieces in the edition, newest first: each with its summary (its
 * takeaways, or else its dek); the edition's feed (../../rss.xml.ts) carries them in full.
 */
export const GET: APIRoute<Props> = ({ props: { edition, author, pieces } }) => {
  const name = authorName(author, edition);
  return rss({
    title: t(edition, 'author.feedTitle', { site: site.name, name }),
    description: inEdition(author.bio, edition),
    site: absoluteUrl(authorPath(author.id, edition)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${edition.lang}</language>` +
      `<atom:link href="${absoluteUrl(authorFeedPath(author.id, edition))}" rel="self" type="application/rss+xml"/>`,
    items: pieces.map((piece) => ({
      title: piece.data.title,
      description: pieceSummary(piece.data, edition),
      pubDate: piece.data.published,
      link: piecePath(piece.id),
    })),
  });
};
