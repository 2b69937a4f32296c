import { expect, test } from 'vitest';
import { DEFAULT_EDITION } from '../../../../src/features/editions/editions.ts';
import { defineFeed, type FeedChannel, type FeedItem } from '../../../../src/features/feeds/feed.ts';
import { feedId } from '../../../../src/features/feeds/feed-id.ts';
import { piecePath } from '../../../../src/lib/routes.ts';
import { absoluteUrl } from '../../../../src/site.config.ts';
import { readFeed, readJsonFeed } from '../../../support/feeds.ts';

/** Two items, one of them renamed since it was first published. */
const item = (id: string, redirectFrom?: string[]): FeedItem => ({
  id: feedId({ id, data: { redirectFrom } }),
  url: absoluteUrl(piecePath(id)),
  title: `Headline of ${id}`,
  summary: `The dek of ${id}.`,
  contentHtml: `<p>All of ${id}, with <a href="${absoluteUrl('/other/')}">a link</a>.</p>`,
  published: new Date('2026-12-01T00:00:00Z'),
  modified: new Date('2026-12-02T00:00:00Z'),
  authors: ['Jane Doe', 'Bo Li'],
  tags: ['Trade'],
  language: 'en-GB',
});
const channel: FeedChannel = {
  title: 'A feed',
  description: 'What it holds.',
  language: 'en-GB',
  homeUrl: absoluteUrl('/'),
  rssUrl: absoluteUrl('/a-feed.xml'),
  jsonUrl: absoluteUrl('/a-feed.json'),
  items: [item('renamed', ['first-slug']), item('never-renamed')],
};
const feed = defineFeed(async () => channel);

test('one feed definition gives RSS and JSON Feed 1.1 with the same items, ids equal to the guids', async () => {
  const rssXml = await (await feed.rss(DEFAULT_EDITION)).text();
  const rss = await readFeed(rssXml);
  const json = readJsonFeed(await (await feed.json(DEFAULT_EDITION)).text());
  expect(json.items.map((entry) => entry.id)).toEqual(rss.items!.map((entry) => entry.guid?.value));
  expect(json.items.map((entry) => entry.url)).toEqual(rss.items!.map((entry) => entry.link));
  expect(json.items.map((entry) => entry.content_html)).toEqual(
    rss.items!.map((entry) => entry.content?.encoded),
  );
  expect(json).toMatchObject({ title: 'A feed', language: 'en-GB', feed_url: absoluteUrl('/a-feed.json') });
  expect(json.items[0]).toMatchObject({
    summary: 'The dek of renamed.',
    date_published: '2026-12-01T00:00:00.000Z',
    date_modified: '2026-12-02T00:00:00.000Z',
    authors: [{ name: 'Jane Doe' }, { name: 'Bo Li' }],
    tags: ['Trade'],
    language: 'en-GB',
  });
});

test('a renamed piece keeps its first address as its id in both formats, and links to where it is now', async () => {
  const rss = await readFeed(await (await feed.rss(DEFAULT_EDITION)).text());
  const json = readJsonFeed(await (await feed.json(DEFAULT_EDITION)).text());
  expect(rss.items![0]).toMatchObject({
    link: absoluteUrl(piecePath('renamed')),
    guid: { value: absoluteUrl(piecePath('first-slug')) },
  });
  expect(json.items[0]).toMatchObject({
    id: absoluteUrl(piecePath('first-slug')),
    url: absoluteUrl(piecePath('renamed')),
  });
});

test('an item never renamed is written as before: one guid, its link', async () => {
  const xml = await (await feed.rss(DEFAULT_EDITION)).text();
  const url = absoluteUrl(piecePath('never-renamed'));
  expect(xml).toContain(`<link>${url}</link><guid isPermaLink="true">${url}</guid><description>`);
  expect(xml.match(/<guid/g)).toHaveLength(2);
});
