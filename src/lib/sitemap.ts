import { DEFAULT_EDITION } from '../features/editions/editions.ts';
import { isoDay } from './dates.ts';
import { escapeXml } from './xml.ts';

/**
 * One page in the sitemap: its absolute URL, the day its content last changed, and the page in
 * every edition where it exists (itself included), by language.
 */
export interface SitemapEntry {
  loc: string;
  lastmod: Date;
  alternates?: readonly { lang: string; href: string }[];
}

/** The protocol's limit for one sitemap file (sitemaps.org). */
const MAX_SITEMAP_URLS = 50_000;

/**
 * Search engines' `xhtml:link` alternates of a page in several editions: one per edition, and
 * `x-default` for the default edition's, as the page's own `<link rel="alternate">` say.
 */
function alternateLinks(alternates: SitemapEntry['alternates'] = []): string {
  if (alternates.length < 2) return '';
  const xDefault = alternates.find((alternate) => alternate.lang === DEFAULT_EDITION.lang);
  return [...alternates, ...(xDefault ? [{ lang: 'x-default', href: xDefault.href }] : [])]
    .map(
      ({ lang, href }) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
    )
    .join('');
}

/** A sitemaps.org 0.9 `urlset` of these pages. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  if (entries.length > MAX_SITEMAP_URLS) {
    throw new Error(
      `The sitemap would list ${entries.length} pages, over the ${MAX_SITEMAP_URLS} one sitemap file may hold: ` +
        'split it into several files under a sitemap index (src/pages/sitemap.xml.ts).',
    );
  }
  const urls = entries.map(
    ({ loc, lastmod, alternates }) =>
      `<url><loc>${escapeXml(loc)}</loc><lastmod>${isoDay(lastmod)}</lastmod>${alternateLinks(alternates)}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The newest of some dates (the day a page listing several pieces last changed). */
export const newest = (dates: readonly Date[]) => new Date(Math.max(...dates.map((date) => date.getTime())));
