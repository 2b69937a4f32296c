import type { APIRoute } from 'astro';
import { getMovedPieces } from '../../features/moved-pieces/pages.ts';

/**
 * The pieces renamed and withdrawn, written once at build time: the site's server reads it with
 * each build (src/server/served-build.ts) and answers their addresses with 301 and 410.
 */
export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getMovedPieces()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
