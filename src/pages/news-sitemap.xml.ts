import type { APIRoute } from 'astro';
import { newsPieces, newsSitemapXml } from '../features/feeds/news-sitemap.ts';
import { getPublishedPieces } from '../lib/published.ts';
import { publicationNow } from '../lib/schedule.ts';

/**
 * Google News's sitemap: the pieces of every edition published in the 48 hours before the build's
 * "now" (src/features/feeds/news-sitemap.ts). Each build rewrites it, so `npm run publish-due`
 * adds a scheduled piece the minute it goes live; a piece leaves it at the first build two days on.
 */
export const GET: APIRoute = async () =>
  new Response(newsSitemapXml(newsPieces(await getPublishedPieces(), publicationNow())), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
