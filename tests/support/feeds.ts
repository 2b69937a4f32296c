import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { validateXML } from 'xmllint-wasm';

/**
 * The sitemaps.org 0.9 schema (the protocol's own XSD, ./schemas/sitemap.xsd), with the XHTML
 * alternate link a page's versions in other languages are listed by (./schemas/xhtml-link.xsd),
 * or with Google News's extension (./schemas/sitemap-news.xsd says where its rules come from).
 */
const schema = (name: string) => ({
  fileName: name,
  contents: readFileSync(join(import.meta.dirname, 'schemas', name), 'utf8'),
});

/** What libxml2 (xmllint) finds wrong with a sitemap file, checked against a schema and the ones it imports. */
async function problems(fileName: string, xml: string, main: string, imported: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: schema(main),
    preload: imported.map(schema),
  });
  return result.errors.map((error) => error.message);
}

/** What libxml2 (xmllint) finds wrong with a sitemap, checked against the sitemaps.org schema and its alternates. */
export const sitemapProblems = (xml: string) =>
  problems('sitemap.xml', xml, 'sitemap-with-alternates.xsd', ['sitemap.xsd', 'xhtml-link.xsd']);

/** What libxml2 finds wrong with a news sitemap, checked against the sitemaps.org schema and Google News's extension. */
export const newsSitemapProblems = (xml: string) =>
  problems('news-sitemap.xml', xml, 'sitemap-with-news.xsd', ['sitemap.xsd', 'sitemap-news.xsd']);

/** The pieces a news sitemap lists, with what it says of each. */
export const newsEntries = (xml: string) =>
  [
    ...xml.matchAll(
      /<url><loc>([^<]+)<\/loc><news:news><news:publication><news:name>([^<]+)<\/news:name><news:language>([^<]+)<\/news:language><\/news:publication><news:publication_date>([^<]+)<\/news:publication_date><news:title>([^<]+)<\/news:title><\/news:news><\/url>/g,
    ),
  ].map(([, loc, name, language, date, title]) => ({
    loc: loc!,
    name: name!,
    language: language!,
    date: date!,
    title: title!,
  }));

/** The pages a sitemap lists, with the day each last changed and its alternates (hreflang → URL). */
export const sitemapEntries = (xml: string) =>
  [...xml.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>(.*?)<\/url>/g)].map(
    ([, loc, lastmod, links]) => ({
      loc: loc!,
      lastmod: lastmod!,
      alternates: Object.fromEntries(
        [...links!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          ([, lang, href]) => [lang!, href!],
        ),
      ),
    }),
  );

/**
 * An RSS feed as feed readers get it: well-formed XML (libxml2 refuses anything else), read by
 * feedsmith, a feed parser readers' apps use. Throws on XML that is not well-formed.
 */
export async function readFeed(xml: string) {
  const wellFormed = await validateXML({
    xml: { fileName: 'rss.xml', contents: xml },
    normalization: 'format',
  });
  if (!wellFormed.valid)
    throw new Error(`The feed is not well-formed XML: ${wellFormed.errors.map((e) => e.message).join('; ')}`);
  return parseRssFeed(xml);
}

/**
 * A JSON Feed as feed readers get it: JSON that declares JSON Feed 1.1, read by feedsmith. Throws
 * on anything else (feedsmith itself accepts older versions, and no version at all).
 */
export function readJsonFeed(text: string) {
  const json = JSON.parse(text) as { version?: unknown };
  if (json.version !== 'https://jsonfeed.org/version/1.1')
    throw new Error(
      `The feed declares version ${String(json.version)}, not https://jsonfeed.org/version/1.1`,
    );
  const feed = parseJsonFeed(json);
  if (!Array.isArray(feed.items)) throw new Error('The feed has no items (JSON Feed requires the array).');
  return { ...feed, items: feed.items };
}
