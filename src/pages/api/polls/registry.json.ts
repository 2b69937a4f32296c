import type { APIRoute } from 'astro';
import { getPollRegistry } from '../../../features/poll/registry.ts';

/**
 * Every poll the build published, written once at build time: the site's server reads it as it
 * starts (src/features/poll/built-registry.ts), so its own bundle never compiles the pieces.
 */
export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify([...(await getPollRegistry()).values()]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
