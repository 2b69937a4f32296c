import type { APIRoute } from 'astro';
import { fixedRoutes } from '../lib/routes.ts';
import { absoluteUrl } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n# The poll's vote API: nothing there to index.\nDisallow: /api/\n\nSitemap: ${absoluteUrl(fixedRoutes.sitemap)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
