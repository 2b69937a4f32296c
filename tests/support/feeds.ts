import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { validateXML } from 'xmllint-wasm';

/** The sitemaps.org 0.9 schema, as the `sitemap` package ships it (the protocol's own XSD). */
const SITEMAP_XSD = join(
  dirname(createRequire(import.meta.url).resolve('sitemap/package.json')),
  'schema',
  'sitemap.xsd',
);

/** What libxml2 (xmllint) finds wrong with a sitemap, checked against the sitemaps.org schema. */
export async function sitemapProblems(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'sitemap.xml', contents: xml },
    schema: { fileName: 'sitemap.xsd', contents: readFileSync(SITEMAP_XSD, 'utf8') },
  });
  return result.errors.map((error) => error.message);
}

/** The pages a sitemap lists, with the day each last changed. */
export const sitemapEntries = (xml: string) =>
  [...xml.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)].map(
    ([, loc, lastmod]) => ({
      loc: loc!,
      lastmod: lastmod!,
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
