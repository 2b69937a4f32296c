import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EDITIONS } from '../../src/features/editions/editions.ts';
import { feedPath, fixedRoutes, jsonFeedPath, parseRoute } from '../../src/lib/routes.ts';
import { absoluteUrl } from '../../src/site.config.ts';
import { builtPages } from '../../src/tooling/built-site.ts';
import { newsEntries, readFeed, readJsonFeed } from '../support/feeds.ts';
import { NEWSROOM } from '../support/newsroom.ts';

/*
 * The fixture newsroom's feeds (npm run build:fixtures) as feed readers and aggregators read them:
 * each edition's JSON Feed by feedsmith beside its RSS, the links every page gives to both, and
 * robots.txt. (Google News's sitemap with pieces in it: tests/build/scheduled.test.ts, whose
 * build has a piece inside its 48 hours; its rules: tests/unit/features/feeds/.)
 */
const site = NEWSROOM.siteDir;
const read = (path: string) =>
  readFileSync(join(site, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

describe.each(EDITIONS.map((edition) => [edition.code, edition] as const))(
  'the %s edition’s JSON Feed',
  (_, edition) => {
    const feeds = async () => ({
      json: readJsonFeed(read(jsonFeedPath(edition))),
      rss: await readFeed(read(feedPath(edition))),
    });

    test('is JSON Feed 1.1 in the edition’s language, naming itself, with its RSS feed’s title', async () => {
      const { json, rss } = await feeds();
      expect(json).toMatchObject({
        title: rss.title,
        language: edition.lang,
        feed_url: absoluteUrl(jsonFeedPath(edition)),
        home_page_url: rss.link,
      });
    });

    test('holds the RSS feed’s items, in its order, each with the RSS guid as its id', async () => {
      const { json, rss } = await feeds();
      expect(json.items.length).toBeGreaterThan(0);
      expect(json.items.map((item) => item.id)).toEqual(rss.items!.map((item) => item.guid?.value));
      expect(json.items.map((item) => item.url)).toEqual(rss.items!.map((item) => item.link));
      expect(json.items.map((item) => item.summary)).toEqual(rss.items!.map((item) => item.description));
    });

    test('carries each piece in full, readable away from the site: no scripts or forms, every link absolute', async () => {
      const { json, rss } = await feeds();
      expect(json.items.map((item) => item.content_html)).toEqual(
        rss.items!.map((item) => item.content?.encoded),
      );
      for (const item of json.items) {
        expect(item.content_html, item.url).toMatch(/<p>/);
        expect(item.content_html).not.toMatch(/<(script|style|form|input|button)\b/);
        for (const [, url] of item.content_html!.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
          expect(url, `${item.url}: ${url}`).toMatch(/^(https?:|mailto:)/);
        }
        expect(item.language).toBe(edition.lang);
        expect(item.authors?.length, `${item.url} has its authors`).toBeGreaterThan(0);
        expect(parseRoute(new URL(item.url!).pathname)).toMatchObject({ kind: 'piece', edition });
      }
    });
  },
);

test('every page names its edition’s feeds in both formats', () => {
  const pages = builtPages(site);
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const { edition } = parseRoute(page);
    const html = read(page);
    const title = html.match(/<link rel="alternate" type="application\/rss\+xml" title="([^"]*)"/)?.[1];
    expect(title, `${page} names its RSS feed`).toBeDefined();
    expect(html, page).toContain(`href="${feedPath(edition)}"`);
    expect(html, page).toContain(
      `<link rel="alternate" type="application/feed+json" title="${title}" href="${jsonFeedPath(edition)}">`,
    );
  }
});

test('robots.txt names the sitemap and Google News’s sitemap, which leaves out pieces older than 48 hours', () => {
  const robots = read(fixedRoutes.robots);
  expect(robots).toContain(`\nSitemap: ${absoluteUrl(fixedRoutes.sitemap)}\n`);
  expect(robots).toContain(`\nSitemap: ${absoluteUrl(fixedRoutes.newsSitemap)}\n`);
  const xml = read(fixedRoutes.newsSitemap);
  expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  // Every newsroom piece went live in 2025, long before this build's "now" (the clock).
  expect(newsEntries(xml)).toEqual([]);
});
