import { parseRoute } from '../lib/routes.ts';

/** A year: files whose names carry a hash of their content never change under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and other files that keep their name when they change: reuse only after asking (304). */
const REVALIDATE = 'public, no-cache';
/** Preview cards: redrawn only when a headline or question changes; an hour old is fine. */
const CARD = 'public, max-age=3600';

/**
 * How long a browser (or a proxy's cache) may reuse a static file without asking again. Astro puts
 * hashed assets under /_astro/; Pagefind hashes its index files' names; everything else (HTML,
 * feed, sitemap, Pagefind's entry point) is checked each time, cheaply, with its ETag.
 */
export function cacheControl(pathname: string): string {
  if (pathname.startsWith('/_astro/')) return IMMUTABLE;
  // A map's name is a hash of what it shows: a different map is a different file.
  if (parseRoute(pathname).kind === 'map') return IMMUTABLE;
  if (pathname.startsWith('/pagefind/') && /_[0-9a-f]{7,}\.pf_/.test(pathname)) return IMMUTABLE;
  const { kind } = parseRoute(pathname);
  if (kind === 'piece-card' || kind === 'share-card' || kind === 'site-card') return CARD;
  return REVALIDATE;
}
