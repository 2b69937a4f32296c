import type { APIRoute } from 'astro';
import { fixedRoutes } from '../lib/routes.ts';
import { absoluteUrl } from '../site.config.ts';

/** Every page may be crawled but the vote API; the sitemap and Google News's sitemap are named. */
export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n# The poll's vote API: nothing there to index.\nDisallow: /api/\n\n` +
      `Sitemap: ${absoluteUrl(fixedRoutes.sitemap)}\nSitemap: ${absoluteUrl(fixedRoutes.newsSitemap)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
