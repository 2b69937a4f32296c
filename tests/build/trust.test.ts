import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { expect, test } from 'vitest';
import { DEFAULT_EDITION, editionByCode } from '../../src/features/editions/editions.ts';
import {
  anchorPath,
  authorFeedPath,
  authorPath,
  correctionsFeedPath,
  correctionsPath,
  piecePath,
} from '../../src/lib/routes.ts';
import { absoluteUrl } from '../../src/site.config.ts';
import { NEWSROOM } from '../support/newsroom.ts';

/** The fixture newsroom's build (npm run build:fixtures): takeaways, corrections and authors. */
const site = NEWSROOM.siteDir;
const page = (slug: string) => readFileSync(join(site, piecePath(slug), 'index.html'), 'utf8');
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    ([, json]) => JSON.parse(json!) as Record<string, unknown>,
  );
const article = (slug: string) =>
  jsonLd(page(slug)).find((data) => data['@type'] === 'BackgroundNewsArticle')!;

const EARLIER_TAKEAWAYS = [
  'Every piece may ask its own question, and each counts its own votes.',
  'This piece was published first, so it comes before the others.',
  'Marmalade is a word only this piece uses.',
];

test('the takeaways follow the headline and byline, before the updates and the contents', () => {
  const html = page('earlier-piece');
  const order = ['class="piece-header"', 'class="takeaways"', 'class="updates"', 'class="prose"'].map(
    (mark) => html.indexOf(mark),
  );
  expect(order.every((at) => at >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(html).toContain('<a href="#how-the-earlier-poll-works" class="section-link"');
  expect(html).toContain('id="how-the-earlier-poll-works"');
  // A piece without takeaways has none.
  expect(page('later-piece')).not.toContain('class="takeaways"');
});

test('JSON-LD’s abstract and the feed’s summary are the takeaways; a piece without them keeps its dek', () => {
  expect(article('earlier-piece')['abstract']).toBe(EARLIER_TAKEAWAYS.join(' '));
  expect(article('later-piece')).not.toHaveProperty('abstract');
  const { items } = parseRssFeed(readFileSync(join(site, 'rss.xml'), 'utf8'));
  expect(items!.find((item) => item.title === 'An earlier piece with a poll of its own')!.description).toBe(
    EARLIER_TAKEAWAYS.join(' '),
  );
  expect(items!.find((item) => item.title === 'A later piece on sharing')!.description).toBe(
    'The newest published piece, sharing two topics with the lead piece.',
  );
});

test('the corrections page lists each edition’s corrections and clarifications newest first, each linking to its entry', () => {
  const html = readFileSync(join(site, correctionsPath(DEFAULT_EDITION), 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<li class="(correction|clarification)"[^>]*><h2[^>]*><a href="([^"]+)"/g),
  ].map(([, kind, href]) => [kind, href]);
  expect(entries).toEqual([
    ['correction', anchorPath('earlier-piece', 'correction-2025-03-20')],
    ['clarification', anchorPath('earlier-piece', 'clarification-2025-03-10')],
  ]);
  expect(page('earlier-piece')).toContain('<li id="correction-2025-03-20" class="correction"');
  expect(html).not.toContain('An update, for comparison');
  // The Japanese edition's pieces have none, and say so in Japanese.
  const ja = readFileSync(join(site, correctionsPath(editionByCode('ja')!), 'index.html'), 'utf8');
  expect(ja).toContain('訂正や補足をした記事はありません。');
});

test('the corrections feed has an item per correction, linking to it in its piece', () => {
  const feed = parseRssFeed(readFileSync(join(site, correctionsFeedPath(DEFAULT_EDITION)), 'utf8'));
  expect(feed.items!.map((item) => [item.title, item.link, item.description])).toEqual([
    [
      'Correction: An earlier piece with a poll of its own',
      absoluteUrl(anchorPath('earlier-piece', 'correction-2025-03-20')),
      'An earlier version said this piece was published last; it was published first.',
    ],
    [
      'Clarification: An earlier piece with a poll of its own',
      absoluteUrl(anchorPath('earlier-piece', 'clarification-2025-03-10')),
      'The poll counts the votes cast in this piece only.',
    ],
  ]);
});

test('JSON-LD carries a correction (not a clarification or an update) as a CorrectionComment', () => {
  expect(article('earlier-piece')['correction']).toEqual([
    {
      '@type': 'CorrectionComment',
      text: 'An earlier version said this piece was published last; it was published first.',
      datePublished: '2025-03-20',
    },
  ]);
  expect(article('every-component')).not.toHaveProperty('correction');
});

test('every page’s footer links its edition’s corrections page', () => {
  expect(page('earlier-piece')).toMatch(
    new RegExp(`<footer class="site-footer[^"]*"[\\s\\S]*<a href="${correctionsPath(DEFAULT_EDITION)}"`),
  );
  expect(page('ja/every-component')).toContain(`<a href="${correctionsPath(editionByCode('ja')!)}"`);
});

test('a byline links each author to their page, which lists their pieces in the edition, with a feed', () => {
  expect(page('every-component')).toContain(
    `By <a href="${authorPath('test-desk', DEFAULT_EDITION)}" rel="author">Test Desk</a> and <a href="${authorPath('second-author', DEFAULT_EDITION)}" rel="author">Second Author</a>`,
  );
  const authorPage = (id: string, edition = DEFAULT_EDITION) =>
    readFileSync(join(site, authorPath(id, edition), 'index.html'), 'utf8');
  const listed = (html: string) =>
    [...html.matchAll(/<h3 class="title"[^>]*><a href="([^"]+)"/g)].map(([, href]) => href);
  const second = authorPage('second-author');
  expect(second).toMatch(/<h1[^>]*>Second Author<\/h1>/);
  expect(second).toContain('A person the fixture newsroom made up, with a link.');
  expect(second).toContain('<a href="https://example.com/second-author" rel="me"');
  expect(listed(second)).toEqual([piecePath('later-piece'), piecePath('every-component')]);
  // In Japanese: the desk's bio in Japanese, and only the edition's pieces.
  const ja = editionByCode('ja')!;
  const deskJa = authorPage('test-desk', ja);
  expect(deskJa).toContain('テスト用ニュースルームのデスク。記事の大半を書いている。');
  expect(listed(deskJa)).toEqual([piecePath('ja/every-component')]);

  const feed = parseRssFeed(
    readFileSync(join(site, authorFeedPath('second-author', DEFAULT_EDITION)), 'utf8'),
  );
  expect(feed.title).toBe('The Explainer: Second Author');
  expect(feed.items!.map((item) => [item.title, item.link])).toEqual([
    ['A later piece on sharing', absoluteUrl(piecePath('later-piece'))],
    ['A piece that uses every component', absoluteUrl(piecePath('every-component'))],
  ]);
  expect(feed.items![0]!.description).toBe(
    'The newest published piece, sharing two topics with the lead piece.',
  );
  // An item's summary is its piece's takeaways, when it has them.
  const desk = parseRssFeed(readFileSync(join(site, authorFeedPath('test-desk', DEFAULT_EDITION)), 'utf8'));
  expect(desk.items!.find((item) => item.link === absoluteUrl(piecePath('earlier-piece')))!.description).toBe(
    EARLIER_TAKEAWAYS.join(' '),
  );
});

test('JSON-LD names each author as a Person, or an Organization for a desk, with their page in the edition', () => {
  expect(article('ja/every-component')['author']).toEqual([
    {
      '@type': 'Organization',
      name: 'Test Desk',
      url: absoluteUrl(authorPath('test-desk', editionByCode('ja')!)),
    },
    {
      '@type': 'Person',
      name: 'Second Author',
      url: absoluteUrl(authorPath('second-author', editionByCode('ja')!)),
    },
  ]);
});
