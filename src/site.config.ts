import { LOCALE } from './lib/locale.ts';

/**
 * The one place for site-wide settings. Pages, layouts and the Astro config read from here, so the
 * site name, URL and description never drift apart.
 */
export const site = {
  /** Shown in the header, footer, page titles, feeds and preview cards. */
  name: 'The Explainer',
  /** Used for the `<meta name="description">` of pages that have none of their own. */
  description:
    'Long-form explainers on the news: what happened, why it matters, and answers to the questions readers ask.',
  /**
   * Absolute origin the site is served from; canonical URLs and shared links are built from it.
   * Deployments set `SITE_URL`; the default is a reserved example domain, not a real address.
   */
  url: process.env['SITE_URL'] ?? 'https://explainer.example',
  /** BCP 47 language of the content, for `<html lang>` and structured data. */
  lang: LOCALE,
  /**
   * Whether this build's polls take votes. Served by its own Node server (`npm start`), they do.
   * `DEPLOY=static` builds pages for a plain static host, where no server counts votes, so the
   * polls say that voting is unavailable instead of offering a form that cannot work.
   */
  pollsTakeVotes: process.env['DEPLOY'] !== 'static',
} as const;

/** An absolute URL on the site, for canonical links, feeds, cards and copied links. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;
