import type { APIRoute } from 'astro';
import { editionOfPiece, EDITIONS } from '../features/editions/editions.ts';
import { editionVersions } from '../features/editions/translations.ts';
import { lastChanged } from '../lib/pieces.ts';
import { getPublishedPieces, getTopics, type Piece } from '../lib/published.ts';
import { authorPaths } from '../features/authors/paths.ts';
import { correctionsOf } from '../features/corrections/corrections.ts';
import {
  authorPath,
  correctionsPath,
  homePath,
  piecePath,
  searchPath,
  tagPath,
  tagsPath,
} from '../lib/routes.ts';
import { newest, sitemapXml, type SitemapEntry } from '../lib/sitemap.ts';
import { absoluteUrl } from '../site.config.ts';

/**
 * The pages search engines should index, in every edition, each at its canonical address with the
 * day it last changed and its versions in the other editions (`xhtml:link` alternates, as its
 * `<link rel="alternate" hreflang>` say). Share pages are left out (their canonical is the answer
 * in its piece), and so are the style guide and the 404 pages (noindex) and the poll's results
 * pages (rendered on request). The corrections page and each author's page are in it, in every
 * edition.
 */
export const GET: APIRoute = async () => {
  const pieces = await getPublishedPieces();
  const changed = (listed: readonly Piece[]) =>
    listed.length > 0 ? newest(listed.map(lastChanged)) : new Date(0);
  const url = (path: string) => absoluteUrl(path);
  const topics = await Promise.all(
    EDITIONS.map(async (edition) => ({ edition, topics: await getTopics(edition) })),
  );
  const entries: SitemapEntry[] = [];
  for (const { edition, topics: inEdition } of topics) {
    const own = pieces.filter((piece) => editionOfPiece(piece.id) === edition);
    // Pages every edition has; the corrections page changes when a correction is made.
    const corrected = correctionsOf(own);
    for (const [pathOf, lastmod] of [
      [homePath, changed(own)],
      [searchPath, changed(own)],
      [tagsPath, changed(own)],
      [
        correctionsPath,
        corrected.length > 0 ? newest(corrected.map((correction) => correction.date)) : new Date(0),
      ],
    ] as const) {
      entries.push({
        loc: url(pathOf(edition)),
        lastmod,
        alternates: EDITIONS.map((other) => ({ lang: other.lang, href: url(pathOf(other)) })),
      });
    }
    for (const { tag, pieces: tagged } of inEdition) {
      entries.push({
        loc: url(tagPath(tag, edition)),
        lastmod: changed(tagged),
        alternates: topics
          .filter((other) => other.topics.some((topic) => topic.tag === tag))
          .map((other) => ({ lang: other.edition.lang, href: url(tagPath(tag, other.edition)) })),
      });
    }
  }
  for (const { props } of await authorPaths()) {
    entries.push({
      loc: url(authorPath(props.author.id, props.edition)),
      lastmod: changed(props.pieces),
      alternates: EDITIONS.map((other) => ({
        lang: other.lang,
        href: url(authorPath(props.author.id, other)),
      })),
    });
  }
  const versions = editionVersions(pieces);
  for (const piece of pieces) {
    entries.push({
      loc: url(piecePath(piece.id)),
      lastmod: lastChanged(piece),
      alternates: versions
        .get(piece.id)!
        .map((version) => ({ lang: editionOfPiece(version.id).lang, href: url(piecePath(version.id)) })),
    });
  }
  return new Response(sitemapXml(entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
