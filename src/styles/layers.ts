import { createHash } from 'node:crypto';

/**
 * The order of the site's cascade layers, stated in the first style of every page
 * (src/layouts/BaseLayout.astro): a layer's first mention fixes its place, and the order of the
 * bundled stylesheets follows the module graph, so a component's `@layer components` could
 * otherwise come first and rank below the base styles.
 */
export const LAYER_ORDER = '@layer reset, tokens, base, layout, components, utilities;';

/** Its hash for the Content Security Policy (astro.config.mjs): Astro does not hash `set:html` styles. */
export const LAYER_ORDER_HASH =
  `sha256-${createHash('sha256').update(LAYER_ORDER).digest('base64')}` as const;
