import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseRssFeed } from 'feedsmith';
import { expect, test } from 'vitest';
import { piecePath } from '../../src/lib/routes.ts';
import { NEWSROOM } from '../support/newsroom.ts';

/** The fixture newsroom's build (npm run build:fixtures): what its timeline piece ships. */
const site = NEWSROOM.siteDir;
const page = readFileSync(join(site, piecePath('timeline-piece'), 'index.html'), 'utf8');

test('the quote-link script is a file of its own, under 4 KB gzip, that the page only names in its loader', () => {
  const [script, ...others] = readdirSync(join(site, '_astro')).filter((file) =>
    /^quote-link\..+\.js$/.test(file),
  );
  expect(others).toEqual([]);
  expect(gzipSync(readFileSync(join(site, '_astro', script!))).length).toBeLessThan(4 * 1024);
  // Named once, inside the inline loader that imports it on the first selection, never as a <script src>.
  expect(page.match(new RegExp(`/_astro/${RegExp.escape(script!)}`, 'g'))).toHaveLength(1);
  expect(page).toMatch(
    new RegExp(
      `<script type="module">[^<]*selectionchange[^<]*import\\(\`/_astro/${RegExp.escape(script!)}\`\\)`,
    ),
  );
  expect(page).not.toMatch(/<script[^>]+src=/);
});

test('the glossary’s definitions follow the text as popovers, out of the search index', () => {
  expect(page).toMatch(/<div class="glossary-notes" data-pagefind-ignore/);
  for (const id of ['popover', 'text-fragment', 'colophon']) {
    expect(page).toContain(`popovertarget="glossary-${id}">`);
    expect(page).toMatch(new RegExp(`<div class="glossary-note" id="glossary-${id}" popover role="dialog"`));
  }
  expect(page).not.toContain('id="glossary-almanac"');
});

test('the feed carries the text with its terms as words, and none of the glossary’s controls', () => {
  const { items } = parseRssFeed(readFileSync(join(site, 'rss.xml'), 'utf8'));
  const html = items!.find((item) => item.title === 'A piece with a timeline and a glossary')!.content!
    .encoded!;
  expect(html).toContain('Each term here opens its popover the first time');
  expect(html).toContain('<time datetime="2024-06">June 2024</time>');
  expect(html).not.toMatch(/<button|popover=|Close/);
});
