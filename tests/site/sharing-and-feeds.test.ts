import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { describe, expect, test } from 'vitest';
import { CARD_SIZE } from '../../src/lib/card-size.ts';
import { feedPath, fixedRoutes, jsonFeedPath, parseRoute } from '../../src/lib/routes.ts';
import { absoluteUrl } from '../../src/site.config.ts';
import { builtPages } from '../../src/tooling/built-site.ts';
import { staticDir } from '../../src/lib/build-output.ts';
import { EDITIONS } from '../../src/features/editions/editions.ts';
import {
  newsEntries,
  newsSitemapProblems,
  readFeed,
  readJsonFeed,
  sitemapEntries,
  sitemapProblems,
} from '../support/feeds.ts';
import { pngSize } from '../support/png.ts';

/**
 * Gates over whatever the real content builds to, read by the clients people's apps use: link
 * previews (open-graph-scraper), the sitemap (the sitemaps.org schema) and the feed (a feed parser).
 */
const site = staticDir();
const file = (path: string) => join(site, path.endsWith('/') ? `${path}index.html` : path);
const read = (path: string) => readFileSync(file(path), 'utf8');

describe('every page previews as itself in social apps, with a card that exists', () => {
  const pages = builtPages(site).filter((page) => parseRoute(page).kind !== 'not-found');

  test.each(pages)('%s', async (page) => {
    const { result } = await ogs({ html: read(page) });
    expect(result.ogUrl, 'og:url is the page itself').toBe(absoluteUrl(page));
    const [image] = result.ogImage ?? [];
    expect(image).toMatchObject({
      width: String(CARD_SIZE.width),
      height: String(CARD_SIZE.height),
      type: 'image/png',
    });
    const card = new URL(image!.url).pathname;
    expect(existsSync(file(card)), `${card} is built`).toBe(true);
    expect(pngSize(readFileSync(file(card)))).toEqual(CARD_SIZE);
  });
});

test('the sitemap is valid against the sitemaps.org schema, and every page in it is built, canonical and indexable', async () => {
  const xml = read(fixedRoutes.sitemap);
  expect(await sitemapProblems(xml)).toEqual([]);
  const entries = sitemapEntries(xml);
  expect(entries.length).toBeGreaterThan(0);
  for (const { loc } of entries) {
    const html = read(new URL(loc).pathname);
    expect(html, loc).toContain(`<link rel="canonical" href="${loc}">`);
    expect(html, loc).not.toContain('<meta name="robots" content="noindex">');
  }
});

test('the feed parses, and each item links to a built piece and carries it in full', async () => {
  const feed = await readFeed(read(fixedRoutes.feed));
  expect(feed.atom?.links?.[0]).toMatchObject({ href: absoluteUrl(fixedRoutes.feed), rel: 'self' });
  for (const item of feed.items ?? []) {
    expect(parseRoute(new URL(item.link!).pathname).kind, item.link).toBe('piece');
    expect(existsSync(file(new URL(item.link!).pathname)), item.link).toBe(true);
    expect(item.dc?.creators?.length, `${item.link} has its authors`).toBeGreaterThan(0);
    expect(item.content?.encoded, item.link).toBeTruthy();
    expect(item.content!.encoded).not.toMatch(/<(script|style|form|input|button)\b/);
  }
  expect(read(fixedRoutes.feed)).not.toContain('<author>');
});

test.each(EDITIONS.map((edition) => [edition.code, edition] as const))(
  'the %s edition’s JSON Feed is JSON Feed 1.1 in its language, with its RSS feed’s items and guids, in full',
  async (_, edition) => {
    const json = readJsonFeed(read(jsonFeedPath(edition)));
    const rss = await readFeed(read(feedPath(edition)));
    expect(json.language).toBe(edition.lang);
    expect(json.items.map((item) => item.id)).toEqual(rss.items!.map((item) => item.guid?.value));
    for (const item of json.items) {
      expect(existsSync(file(new URL(item.url!).pathname)), item.url).toBe(true);
      expect(item.content_html, item.url).toBeTruthy();
      expect(item.language, item.url).toBe(edition.lang);
    }
  },
);

test('Google News’s sitemap, named in robots.txt, lists only built pieces and is valid when it lists any', async () => {
  expect(read(fixedRoutes.robots)).toContain(`Sitemap: ${absoluteUrl(fixedRoutes.newsSitemap)}\n`);
  const xml = read(fixedRoutes.newsSitemap);
  const entries = newsEntries(xml);
  // An empty list (nothing published in the last 48 hours) is what Google accepts, though the
  // sitemaps.org schema asks for at least one page.
  if (entries.length > 0) expect(await newsSitemapProblems(xml)).toEqual([]);
  for (const { loc } of entries) {
    expect(parseRoute(new URL(loc).pathname).kind, loc).toBe('piece');
    expect(existsSync(file(new URL(loc).pathname)), loc).toBe(true);
  }
});
