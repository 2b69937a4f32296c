import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { validateXML } from 'xmllint-wasm';

/**
 * The sitemaps.org 0.9 schema (the protocol's own XSD, ./schemas/sitemap.xsd), with the XHTML
 * alternate link a page's versions in other languages are listed by (./schemas/xhtml-link.xsd).
 */
const schema = (name: string) => ({
  fileName: name,
  contents: readFileSync(join(import.meta.dirname, 'schemas', name), 'utf8'),
});

/** What libxml2 (xmllint) finds wrong with a sitemap, checked against the sitemaps.org schema and its alternates. */
export async function sitemapProblems(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'sitemap.xml', contents: xml },
    schema: schema('sitemap-with-alternates.xsd'),
    preload: [schema('sitemap.xsd'), schema('xhtml-link.xsd')],
  });
  return result.errors.map((error) => error.message);
}

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
