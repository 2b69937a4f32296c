import { isoDay } from './dates.ts';

/** One page in the sitemap: its absolute URL and the day its content last changed. */
interface SitemapEntry {
  loc: string;
  lastmod: Date;
}

/** The protocol's limit for one sitemap file (sitemaps.org). */
const MAX_SITEMAP_URLS = 50_000;

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** A sitemaps.org 0.9 `urlset` of these pages. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  if (entries.length > MAX_SITEMAP_URLS) {
    throw new Error(
      `The sitemap would list ${entries.length} pages, over the ${MAX_SITEMAP_URLS} one sitemap file may hold: ` +
        'split it into several files under a sitemap index (src/pages/sitemap.xml.ts).',
    );
  }
  const urls = entries.map(
    ({ loc, lastmod }) => `<url><loc>${escapeXml(loc)}</loc><lastmod>${isoDay(lastmod)}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The newest of some dates (the day a page listing several pieces last changed). */
export const newest = (dates: readonly Date[]) => new Date(Math.max(...dates.map((date) => date.getTime())));
