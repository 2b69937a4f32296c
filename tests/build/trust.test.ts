import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { expect, test } from 'vitest';
import { DEFAULT_EDITION, editionByCode } from '../../src/features/editions/editions.ts';
import { anchorPath, correctionsFeedPath, correctionsPath, piecePath } from '../../src/lib/routes.ts';
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

const LATER_TAKEAWAYS = [
  'Every answer in a piece has a link of its own, which leads to a page for that answer alone.',
  'An answer keeps its old links when its question is reworded.',
  'This piece’s interview is printed whole, not as an excerpt.',
];

test('the takeaways follow the headline and byline, before the updates and the contents', () => {
  const html = page('later-piece');
  const order = ['class="piece-header"', 'class="takeaways"', 'class="updates"', 'class="prose"'].map(
    (mark) => html.indexOf(mark),
  );
  expect(order.every((at) => at >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(html).toContain('<a href="#sharing-an-answer" class="section-link"');
  expect(html).toContain('id="sharing-an-answer"');
  // A piece without takeaways has none.
  expect(page('earlier-piece')).not.toContain('class="takeaways"');
});

test('JSON-LD’s abstract and the feed’s summary are the takeaways; a piece without them keeps its dek', () => {
  expect(article('later-piece')['abstract']).toBe(LATER_TAKEAWAYS.join(' '));
  expect(article('earlier-piece')).not.toHaveProperty('abstract');
  const { items } = parseRssFeed(readFileSync(join(site, 'rss.xml'), 'utf8'));
  expect(items!.find((item) => item.title === 'A later piece on sharing')!.description).toBe(
    LATER_TAKEAWAYS.join(' '),
  );
  expect(items!.find((item) => item.title === 'An earlier piece with a poll of its own')!.description).toBe(
    'A second published piece, older, that shares the polls topic with the lead piece.',
  );
});

test('the corrections page lists each edition’s corrections and clarifications newest first, each linking to its entry', () => {
  const html = readFileSync(join(site, correctionsPath(DEFAULT_EDITION), 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<li class="(correction|clarification)"[^>]*><h2[^>]*><a href="([^"]+)"/g),
  ].map(([, kind, href]) => [kind, href]);
  expect(entries).toEqual([
    ['correction', anchorPath('later-piece', 'correction-2025-07-20')],
    ['clarification', anchorPath('later-piece', 'clarification-2025-07-10')],
  ]);
  expect(page('later-piece')).toContain('<li id="correction-2025-07-20" class="correction"');
  expect(html).not.toContain('An update, for comparison');
  // The Japanese edition's pieces have none, and say so in Japanese.
  const ja = readFileSync(join(site, correctionsPath(editionByCode('ja')!), 'index.html'), 'utf8');
  expect(ja).toContain('訂正や補足をした記事はありません。');
});

test('the corrections feed has an item per correction, linking to it in its piece', () => {
  const feed = parseRssFeed(readFileSync(join(site, correctionsFeedPath(DEFAULT_EDITION)), 'utf8'));
  expect(feed.items!.map((item) => [item.title, item.link, item.description])).toEqual([
    [
      'Correction: A later piece on sharing',
      absoluteUrl(anchorPath('later-piece', 'correction-2025-07-20')),
      'An earlier version said an answer’s link changes when its question is reworded; it keeps working.',
    ],
    [
      'Clarification: A later piece on sharing',
      absoluteUrl(anchorPath('later-piece', 'clarification-2025-07-10')),
      'The interview is printed whole; the transcript was not cut.',
    ],
  ]);
});

test('JSON-LD carries a correction (not a clarification or an update) as a CorrectionComment', () => {
  expect(article('later-piece')['correction']).toEqual([
    {
      '@type': 'CorrectionComment',
      text: 'An earlier version said an answer’s link changes when its question is reworded; it keeps working.',
      datePublished: '2025-07-20',
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
