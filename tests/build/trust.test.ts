import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { expect, test } from 'vitest';
import { piecePath } from '../../src/lib/routes.ts';
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
  const order = ['class="piece-header"', 'class="takeaways"', 'class="toc"'].map((mark) =>
    html.indexOf(mark),
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
