import { resolve } from 'node:path';

/**
 * Where builds keep what the next build may reuse: Astro's own cache (its incremental-build
 * copies of unchanged pages), compiled pieces (src/markdown/mdx-cache.ts) and preview cards
 * (src/lib/card.ts). `ASTRO_CACHE_DIR` gives builds of other content (fixtures, the benchmark)
 * caches of their own. Keep it between CI runs to keep rebuilds fast.
 */
export const cacheDir = resolve(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro');
