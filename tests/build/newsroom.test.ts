import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { anchorPath, piecePath, sharePath, tagPath } from '../../src/lib/routes.ts';
import { PIECE_BUDGET } from '../../src/tooling/budgets.ts';
import { collectPublishedLinks } from '../../src/tooling/link-manifest.ts';
import { NEWSROOM } from '../support/newsroom.ts';

/**
 * The fixture newsroom's build (npm run build:fixtures): several pieces sharing topics, two polls,
 * a draft. What a newsroom's second, tenth and hundredth piece needs from the build.
 */
const site = NEWSROOM.siteDir;
const read = (path: string) => readFileSync(join(site, path), 'utf8');
const page = (slug: string) => read(join(slug, 'index.html'));
const allFiles = () => readdirSync(site, { recursive: true, encoding: 'utf8' });

test('the newsroom has been built (npm run build:fixtures)', () => {
  expect(existsSync(join(site, 'index.html')), `no build in ${site}: run npm run build:fixtures`).toBe(true);
});

describe('every published piece is everywhere a reader looks, with no code change', () => {
  const pieces = {
    'every-component': ['design', 'polls', 'sharing'],
    'earlier-piece': ['polls'],
    'later-piece': ['sharing', 'design'],
  };

  test.each(Object.entries(pieces))(
    '%s is on the home page, its topic pages, the feed and the sitemap',
    (slug, tags) => {
      const link = `href="${piecePath(slug)}"`;
      expect(read('index.html')).toContain(link);
      for (const tag of tags) expect(page(tagPath(tag).slice(1))).toContain(link);
      expect(read('rss.xml')).toContain(`${piecePath(slug)}</link>`);
      expect(read('sitemap-0.xml')).toContain(`${piecePath(slug)}</loc>`);
    },
  );

  test('each poll takes its own votes, on its own piece', () => {
    expect(page('every-component')).toMatch(
      /<form class="poll" id="poll-fixture-poll"[^>]*action="\/api\/polls\/fixture-poll\/"/,
    );
    expect(page('earlier-piece')).toMatch(
      /<form class="poll" id="poll-earlier-poll"[^>]*action="\/api\/polls\/earlier-poll\/"/,
    );
    expect(page('later-piece')).not.toContain('class="poll"');
  });

  test('a topic no published piece uses has no page', () => {
    expect(existsSync(join(site, 'tags', 'archive'))).toBe(false);
    expect(read('tags/index.html')).not.toContain(tagPath('archive'));
  });
});

describe('related reading and previous/next link published pieces that belong together', () => {
  const related = (slug: string) => /<section class="related[\s\S]*?<\/section>/.exec(page(slug))?.[0] ?? '';

  test('pieces sharing a topic list each other, most topics in common first', () => {
    expect(related('every-component')).toMatch(/later-piece[\s\S]*earlier-piece/);
    expect(related('earlier-piece')).toContain(`href="${piecePath('every-component')}"`);
    expect(related('earlier-piece')).not.toContain('later-piece');
    expect(related('every-component')).not.toContain('unfinished-draft');
  });

  test('previous and next follow publication dates, skipping the draft', () => {
    expect(page('every-component')).toContain(
      `<a class="previous" href="${piecePath('earlier-piece')}" rel="prev"`,
    );
    expect(page('every-component')).toContain(
      `<a class="next" href="${piecePath('later-piece')}" rel="next"`,
    );
    expect(page('earlier-piece')).not.toContain('rel="prev"');
    expect(page('later-piece')).not.toContain('rel="next"');
  });
});

describe('a draft never leaks into the built site', () => {
  test('no page, share page or card of its own', () => {
    expect(existsSync(join(site, 'unfinished-draft'))).toBe(false);
    expect(allFiles().filter((file) => file.includes('unfinished-draft'))).toEqual([]);
  });

  test('no word of it in any built file, its poll included', () => {
    const leaks = allFiles()
      .filter((file) => /\.(html|xml|txt|json)$/.test(file))
      .filter((file) => /quetzal|draft-poll/i.test(read(file)));
    expect(leaks).toEqual([]);
  });

  test('the search index holds the published pieces and not a word of the draft', () => {
    const fragmentDir = join(site, 'pagefind', 'fragment');
    // Pagefind stores each indexed page as a gzipped JSON fragment.
    const indexed = readdirSync(fragmentDir).map((file) =>
      gunzipSync(readFileSync(join(fragmentDir, file))).toString('utf8'),
    );
    for (const slug of ['every-component', 'earlier-piece', 'later-piece']) {
      expect(
        indexed.some((text) => text.includes(`"url":"${piecePath(slug)}"`)),
        slug,
      ).toBe(true);
    }
    expect(indexed.filter((text) => /quetzal/i.test(text))).toEqual([]);
  });
});

test('the poll island ships within the JavaScript budget, inline and hashed by the CSP', () => {
  const html = page('every-component');
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(([, code]) => code!);
  const island = scripts.filter((code) => code.includes('data-poll-live'));
  expect(island, 'one poll script on the piece').toHaveLength(1);
  expect(gzipSync(island[0]!).length).toBeLessThanOrEqual(PIECE_BUDGET.jsGzip);
  const hashes = /script-src ([^;]*)/.exec(html)![1]!;
  expect(hashes).toContain(`'sha256-${createHash('sha256').update(island[0]!).digest('base64')}'`);
});

test('an FAQ alias keeps its anchor and share page published, so the links manifest records them', () => {
  const links = collectPublishedLinks(site);
  expect(links[anchorPath('every-component', 'old-fixture-id')]).toBe('faq');
  expect(links[sharePath('every-component', 'old-fixture-id')]).toBe('share-page');
  expect(links[sharePath('later-piece', 'share-an-answer')]).toBe('share-page');
});
