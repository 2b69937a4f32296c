import type { APIRoute } from 'astro';
import { lastChanged } from '../lib/pieces.ts';
import { getPublishedPieces, getTopics } from '../lib/published.ts';
import { fixedRoutes, piecePath, tagPath } from '../lib/routes.ts';
import { newest, sitemapXml } from '../lib/sitemap.ts';
import { absoluteUrl } from '../site.config.ts';

/**
 * The pages search engines should index, each at its canonical address with the day it last
 * changed. Share pages are left out (their canonical is the answer in its piece), and so are the
 * style guide and the 404 page (noindex) and the poll's results pages (rendered on request).
 */
export const GET: APIRoute = async () => {
  const pieces = await getPublishedPieces();
  const changed = (listed: typeof pieces) =>
    listed.length > 0 ? newest(listed.map(lastChanged)) : new Date(0);
  const entries = [
    { path: fixedRoutes.home, lastmod: changed(pieces) },
    { path: fixedRoutes.search, lastmod: changed(pieces) },
    { path: fixedRoutes.tags, lastmod: changed(pieces) },
    ...(await getTopics()).map(({ tag, pieces: tagged }) => ({
      path: tagPath(tag),
      lastmod: changed(tagged),
    })),
    ...pieces.map((piece) => ({ path: piecePath(piece.id), lastmod: lastChanged(piece) })),
  ];
  return new Response(sitemapXml(entries.map(({ path, lastmod }) => ({ loc: absoluteUrl(path), lastmod }))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
