/**
 * The one place for site-wide settings. Pages, layouts and the Astro config read from here, so the
 * site name and URL never drift apart.
 */
export const site = {
  /**
   * Shown in the header, footer, page titles, feeds and preview cards: the brand, the same in every
   * edition. (Its description is each edition's, `site.description` in src/features/editions/strings/.)
   */
  name: 'The Explainer',
  /**
   * Absolute origin the site is served from; canonical URLs and shared links are built from it.
   * Deployments set `SITE_URL`; the default is a reserved example domain, not a real address.
   */
  url: process.env['SITE_URL'] ?? 'https://explainer.example',
  /**
   * Whether this build's polls take votes. Served by its own Node server (`npm start`), they do.
   * `DEPLOY=static` builds pages for a plain static host, where no server counts votes, so the
   * polls say that voting is unavailable instead of offering a form that cannot work.
   */
  pollsTakeVotes: process.env['DEPLOY'] !== 'static',
} as const;

/** An absolute URL on the site, for canonical links, feeds, cards and copied links. */
export const absoluteUrl = (path: string) => new URL(path, site.url).href;
