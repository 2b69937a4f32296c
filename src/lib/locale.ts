/**
 * The language and region the site writes in, spelt once. HTML, Intl date and number formats,
 * feeds and Open Graph all derive their spelling from it. Kept free of imports: the poll island
 * ships it to the browser.
 */
export const LOCALE = 'en-GB';
