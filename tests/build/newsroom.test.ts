import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import {
  anchorPath,
  authorPath,
  correctionsPath,
  fixedRoutes,
  parseRoute,
  piecePath,
  sharePath,
  tagPath,
} from '../../src/lib/routes.ts';
import { withOwnHashes } from '../../src/lib/csp-hashes.ts';
import { absoluteUrl } from '../../src/site.config.ts';
import { PIECE_BUDGET } from '../../src/tooling/budgets.ts';
import { htmlFiles } from '../../src/tooling/built-site.ts';
import { collectPublishedLinks } from '../../src/tooling/link-manifest.ts';
import { readFeed, sitemapEntries, sitemapProblems } from '../support/feeds.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { DEFAULT_EDITION } from '../../src/features/editions/editions.ts';

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

test('every page’s Content Security Policy allows the scripts and styles it holds, and no others', () => {
  const loose = htmlFiles(site).filter((file) => {
    const html = readFileSync(file, 'utf8');
    return withOwnHashes(html) !== html;
  });
  expect(loose.map((file) => relative(site, file))).toEqual([]);
});

test('every page is valid HTML whose headings go down one level at a time (html-validate)', async () => {
  // The project's .htmlvalidate.mjs, as the real site's gate reads it (tests/site/html-and-links.test.ts):
  // every kind of page is here, topic pages, share pages and the style guide included.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of htmlFiles(site)) {
    const { results } = await validator.validateFile(file);
    for (const { messages } of results) {
      for (const m of messages)
        problems.push(`${relative(site, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
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
      for (const tag of tags) expect(page(tagPath(tag, DEFAULT_EDITION).slice(1))).toContain(link);
      expect(read('rss.xml')).toContain(`${piecePath(slug)}</link>`);
      expect(read('sitemap.xml')).toContain(`${piecePath(slug)}</loc>`);
    },
  );

  test('each poll takes its own votes, on its own piece', () => {
    expect(page('every-component')).toMatch(
      /<form class="poll" id="poll-fixture-poll"[^>]*action="\/api\/polls\/fixture-poll\/"/,
    );
    expect(page('earlier-piece')).toMatch(
      /<form class="poll" id="poll-earlier-poll"[^>]*action="\/api\/polls\/earlier-poll\/"/,
    );
    expect(page('later-piece')).toMatch(
      /<form class="poll" id="poll-later-poll"[^>]*action="\/api\/polls\/later-poll\/"/,
    );
    expect(page('earlier-piece')).not.toContain('fixture-poll');
  });

  test('a topic no published piece uses has no page', () => {
    expect(existsSync(join(site, 'tags', 'archive'))).toBe(false);
    expect(read('tags/index.html')).not.toContain(tagPath('archive', DEFAULT_EDITION));
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
    expect(page('earlier-piece')).toContain(
      `<a class="previous" href="${piecePath('pictures-piece')}" rel="prev"`,
    );
    expect(page('pictures-piece')).toContain(
      `<a class="previous" href="${piecePath('timeline-piece')}" rel="prev"`,
    );
    expect(page('timeline-piece')).not.toContain('rel="prev"');
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

describe('the sitemap lists the canonical pages search engines should index, each with its last change', () => {
  const xml = () => read('sitemap.xml');

  test('it is valid against the sitemaps.org schema', async () => {
    expect(await sitemapProblems(xml())).toEqual([]);
  });

  test('every page it lists is built, is its own canonical and may be indexed', () => {
    for (const { loc } of sitemapEntries(xml())) {
      const html = page(new URL(loc).pathname.slice(1));
      expect(html, loc).toContain(`<link rel="canonical" href="${loc}">`);
      expect(html, loc).not.toMatch(/<meta name="robots" content="noindex"/);
    }
  });

  test('pieces, topics, authors, corrections and the home page are in it; share pages, the style guide and drafts are not', () => {
    const paths = sitemapEntries(xml()).map(({ loc }) => new URL(loc).pathname);
    expect(paths).toEqual(
      expect.arrayContaining([
        fixedRoutes.home,
        piecePath('every-component'),
        tagPath('polls', DEFAULT_EDITION),
        fixedRoutes.tags,
        correctionsPath(DEFAULT_EDITION),
        authorPath('test-desk', DEFAULT_EDITION),
      ]),
    );
    expect(paths.filter((path) => parseRoute(path).kind === 'share')).toEqual([]);
    expect(paths).not.toContain(fixedRoutes.styleGuide);
    expect(paths.join()).not.toContain('unfinished-draft');
  });

  test('a piece’s last change is its update date, a list’s the newest of its pieces', () => {
    const lastmod = Object.fromEntries(
      sitemapEntries(xml()).map(({ loc, lastmod }) => [new URL(loc).pathname, lastmod]),
    );
    expect(lastmod[piecePath('every-component')]).toBe('2025-06-10');
    expect(lastmod[piecePath('earlier-piece')]).toBe('2025-03-01');
    expect(lastmod[tagPath('polls', DEFAULT_EDITION)]).toBe('2025-06-10');
    expect(lastmod[fixedRoutes.home]).toBe('2025-07-01');
    // The corrections page changed with its newest correction or clarification.
    expect(lastmod[correctionsPath(DEFAULT_EDITION)]).toBe('2025-03-20');
  });
});

describe('the RSS feed is valid RSS 2.0 with each piece in full', () => {
  const feed = () => readFeed(read('rss.xml'));

  test('it names itself (atom:link rel="self") and lists the published pieces newest first', async () => {
    const { atom, items } = await feed();
    expect(atom?.links).toContainEqual({
      href: absoluteUrl(fixedRoutes.feed),
      rel: 'self',
      type: 'application/rss+xml',
    });
    expect(items?.map((item) => item.link)).toEqual(
      ['later-piece', 'every-component', 'earlier-piece', 'pictures-piece', 'timeline-piece'].map((slug) =>
        absoluteUrl(piecePath(slug)),
      ),
    );
  });

  test('authors are names in dc:creator, never in RSS’s own e-mail author field', async () => {
    const item = (await feed()).items!.find((entry) => entry.title === 'A piece that uses every component')!;
    expect(item.dc?.creators).toEqual(['Test Desk', 'Second Author']);
    expect(read('rss.xml')).not.toContain('<author>');
  });

  test('each item carries the dek as its summary and the whole piece, readable without our CSS or scripts', async () => {
    const item = (await feed()).items!.find((entry) => entry.title === 'A piece that uses every component')!;
    const html = item.content!.encoded!;
    expect(item.description).toBe(
      "The fixture newsroom's lead piece, with every component an editor can write.",
    );
    expect(html).toContain('<blockquote><p><strong>Expert Tip</strong></p>');
    expect(html).toContain('<h3>Can ids be set by hand?</h3>');
    expect(html).toMatch(/<h3>\s*Pros<\/h3>/);
    expect(html).toContain('<p><strong>Reader Poll:</strong> Which part of a piece do you read first?</p>');
    expect(html).toContain(`<a href="${absoluteUrl(anchorPath('every-component', 'poll-fixture-poll'))}">`);
    expect(html).toContain('<h2>Sources</h2>');
    expect(html).not.toMatch(/<(script|style|form|input|button|template|meter)\b/);
    expect(html).not.toMatch(/\b(class|style|on\w+)=/);
    // A feed has no base URL: every link is absolute.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
    // Site-only controls are gone: no copy links, no words our CSS hides for screen readers.
    expect(html).not.toMatch(/Link to (this answer|section)/);
  });
});
