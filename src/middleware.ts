import { defineMiddleware } from 'astro:middleware';

/**
 * Astro's i18n `routing: 'manual'` (astro.config.mjs) asks for a middleware of the site's own: the
 * editions route themselves (src/lib/routes.ts and the [...edition] pages), so nothing is done
 * here. Astro's own i18n routing would answer 404 for any address with a segment "en" in it (a
 * piece, an FAQ answer or a topic named so), and no reader is ever redirected by their browser's
 * language.
 */
export const onRequest = defineMiddleware((_context, next) => next());
