import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_EDITION,
  EDITIONS,
  editionOfPiece,
  type Edition,
} from '../../src/features/editions/editions.ts';
import type { RegisteredPoll } from '../../src/features/poll/model.ts';
import {
  feedPath,
  fixedRoutes,
  homePath,
  notFoundPath,
  parseRoute,
  pieceCardPath,
  piecePath,
  searchPath,
  shareCardPath,
  sharePath,
  siteCardPath,
  tagPath,
  tagsPath,
} from '../../src/lib/routes.ts';
import { absoluteUrl } from '../../src/site.config.ts';
import { builtPages } from '../../src/tooling/built-site.ts';
import { edition } from '../support/editions.ts';
import { readFeed, sitemapEntries } from '../support/feeds.ts';
import { NEWSROOM } from '../support/newsroom.ts';

/**
 * The fixture newsroom's editions (npm run build:fixtures): `every-component` in English with its
 * Japanese and Vietnamese translations (the Vietnamese one behind its original's last update),
 * and pieces that exist only in English.
 */
const site = NEWSROOM.siteDir;
const fileOf = (path: string) => join(site, path.endsWith('/') ? `${path}index.html` : path);
const read = (path: string) => readFileSync(fileOf(path), 'utf8');
const ja = edition('ja');
const vi = edition('vi');
const TRANSLATED = 'every-component';
const ENGLISH_ONLY = ['earlier-piece', 'later-piece', 'pictures-piece'];
const inEdition = (slug: string, e: Edition) => (e === DEFAULT_EDITION ? slug : `${e.code}/${slug}`);

/** A page's `<link rel="alternate" hreflang>`: hreflang → absolute URL. */
const alternatesOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, lang, href]) => [
      lang!,
      href!,
    ]),
  );
const meta = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]+)">`, 'g'))].map(
    ([, value]) => value,
  );
const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    ([, json]) => JSON.parse(json!) as Record<string, unknown>,
  );

test('every configured edition has its front page, topics, search, 404 page, feed and card', () => {
  for (const e of EDITIONS) {
    for (const path of [
      homePath(e),
      tagsPath(e),
      tagPath('polls', e),
      searchPath(e),
      notFoundPath(e),
      feedPath(e),
      siteCardPath(e),
    ]) {
      expect(existsSync(fileOf(path)), `${e.code}: ${path}`).toBe(true);
    }
  }
});

test('a translated piece has its page, share pages and cards in each edition, at the same answer ids', () => {
  for (const e of EDITIONS) {
    const slug = inEdition(TRANSLATED, e);
    for (const path of [piecePath(slug), pieceCardPath(slug), pieceCardPath(slug, '16x9')]) {
      expect(existsSync(fileOf(path)), path).toBe(true);
    }
    for (const id of ['what-is-a-fixture', 'hand-set', 'why-does-each-answer-have-its-own-page']) {
      expect(existsSync(fileOf(sharePath(slug, id))), `${slug} ${id}`).toBe(true);
      expect(existsSync(fileOf(shareCardPath(slug, id))), `${slug} ${id} card`).toBe(true);
      expect(read(piecePath(slug))).toMatch(new RegExp(`<h3 id="${id}"`));
    }
  }
});

test('an answer’s old id (an alias of the original) leads to the answer in every edition too', () => {
  for (const e of EDITIONS) {
    const slug = inEdition(TRANSLATED, e);
    expect(read(piecePath(slug))).toContain(
      'id="old-fixture-id" tabindex="-1" role="group" aria-labelledby="what-is-a-fixture"',
    );
    expect(existsSync(fileOf(sharePath(slug, 'old-fixture-id'))), slug).toBe(true);
  }
});

test('every page says its language: <html lang> is its edition’s (the style guide stays English)', () => {
  const pages = builtPages(site);
  expect(pages.filter((page) => parseRoute(page).edition === ja).length).toBeGreaterThan(5);
  for (const page of pages) {
    const { edition: e } = parseRoute(page);
    expect(read(page).match(/<html lang="([^"]+)"/)?.[1], page).toBe(e.lang);
  }
  expect(read(fixedRoutes.styleGuide)).toMatch(/<html lang="en-GB"/);
});

describe('a page in several editions names each of them, reciprocally, and x-default', () => {
  const pages = builtPages(site).filter((page) => Object.keys(alternatesOf(read(page))).length > 0);

  test('the pages with alternates are the translated piece, its share pages and every edition’s lists', () => {
    const kinds = new Set(pages.map((page) => parseRoute(page).kind));
    expect([...kinds].sort()).toEqual([
      'author',
      'corrections',
      'home',
      'piece',
      'search',
      'share',
      'tag',
      'tags',
    ]);
    expect(pages).toEqual(
      expect.arrayContaining([piecePath(`ja/${TRANSLATED}`), homePath(vi), tagPath('polls', ja)]),
    );
  });

  test.each(pages)(
    '%s: each alternate is built and names the same editions back, x-default the English page',
    (page) => {
      const alternates = alternatesOf(read(page));
      expect(alternates[parseRoute(page).edition.lang], 'itself').toBe(absoluteUrl(page));
      expect(alternates['x-default']).toBe(alternates[DEFAULT_EDITION.lang]);
      for (const [lang, href] of Object.entries(alternates)) {
        const path = new URL(href).pathname;
        if (lang !== 'x-default') expect(parseRoute(path).edition.lang).toBe(lang);
        expect(alternatesOf(read(path)), `${path} names ${page}'s editions`).toEqual(alternates);
      }
    },
  );

  test('a topic only some editions have lists only those', () => {
    expect(Object.keys(alternatesOf(read(tagPath('polls', DEFAULT_EDITION)))).sort()).toEqual(
      ['en-GB', 'ja', 'vi', 'x-default'].sort(),
    );
    // "maps" has one English piece, and no label in the other editions.
    expect(alternatesOf(read(tagPath('maps', DEFAULT_EDITION)))).toEqual({});
    expect(existsSync(fileOf(tagPath('maps', ja)))).toBe(false);
  });

  test('the sitemap repeats every page’s alternates as xhtml:link', () => {
    const entries = sitemapEntries(read(fixedRoutes.sitemap));
    expect(entries.filter((entry) => Object.keys(entry.alternates).length > 0).length).toBeGreaterThan(10);
    for (const { loc, alternates } of entries) {
      expect(alternates, loc).toEqual(alternatesOf(read(new URL(loc).pathname)));
    }
    expect(entries.map(({ loc }) => new URL(loc).pathname)).toEqual(
      expect.arrayContaining([
        piecePath(`ja/${TRANSLATED}`),
        homePath(ja),
        searchPath(vi),
        tagPath('design', vi),
      ]),
    );
  });
});

describe('a piece that exists only in English', () => {
  test.each(ENGLISH_ONLY)('%s has no alternates, no language switcher and no og:locale:alternate', (slug) => {
    const html = read(piecePath(slug));
    expect(alternatesOf(html)).toEqual({});
    expect(html).not.toContain('<nav class="edition-switcher');
    expect(meta(html, 'og:locale:alternate')).toEqual([]);
    expect(meta(html, 'og:locale')).toEqual(['en_GB']);
  });
});

describe('each edition of a translated piece', () => {
  test('names every edition in its own language in the switcher, its own marked current', () => {
    for (const e of EDITIONS) {
      const html = read(piecePath(inEdition(TRANSLATED, e)));
      const switcher = /<nav class="edition-switcher[\s\S]*?<\/nav>/.exec(html)![0];
      const links = [
        ...switcher.matchAll(
          /<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"( aria-current="page")?[^>]*>\s*([^<]+?)\s*</g,
        ),
      ];
      expect(
        links.map(([, href, lang, hreflang, current, name]) => [href, lang, hreflang, !!current, name]),
      ).toEqual(
        EDITIONS.map((other) => [
          piecePath(inEdition(TRANSLATED, other)),
          other.lang,
          other.lang,
          other === e,
          other.name,
        ]),
      );
    }
  });

  test('says og:locale with its other editions as og:locale:alternate, and its language in JSON-LD', () => {
    for (const e of EDITIONS) {
      const html = read(piecePath(inEdition(TRANSLATED, e)));
      expect(meta(html, 'og:locale')).toEqual([e.ogLocale]);
      expect(meta(html, 'og:locale:alternate').sort()).toEqual(
        EDITIONS.filter((o) => o !== e)
          .map((o) => o.ogLocale)
          .sort(),
      );
      const [article, faq] = jsonLd(html);
      expect(article).toMatchObject({ '@type': 'BackgroundNewsArticle', inLanguage: e.lang });
      expect(faq).toMatchObject({ '@type': 'FAQPage', inLanguage: e.lang });
    }
    const [original] = jsonLd(read(piecePath(TRANSLATED)));
    expect(original!['workTranslation']).toEqual(
      [ja, vi].map((e) => ({ '@id': absoluteUrl(piecePath(inEdition(TRANSLATED, e))) })),
    );
    const [translation] = jsonLd(read(piecePath(`ja/${TRANSLATED}`)));
    expect(translation!['translationOfWork']).toEqual({ '@id': absoluteUrl(piecePath(TRANSLATED)) });
  });

  test('writes its dates as its language does (Intl)', () => {
    expect(read(piecePath(TRANSLATED))).toMatch(/Published <time datetime="2025-05-01">1 May 2025<\/time>/);
    expect(read(piecePath(`ja/${TRANSLATED}`))).toMatch(
      /<time datetime="2025-06-12">2025年6月12日<\/time>公開/,
    );
    expect(read(piecePath(`vi/${TRANSLATED}`))).toMatch(
      /Đăng ngày <time datetime="2025-05-25">25 tháng 5, 2025<\/time>/,
    );
    expect(read(feedPath(ja))).toContain('<language>ja</language>');
  });

  test('says it is behind its original when the original changed after its translatedFrom, and not otherwise', () => {
    const notice = (html: string) => /<p class="translation-notice"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
    // The Vietnamese translation follows the version of 20 May; the original was updated on 10 June.
    const vietnamese = notice(read(piecePath(`vi/${TRANSLATED}`)));
    expect(vietnamese).toContain(
      'Bản dịch này dựa theo bản tiếng Anh ngày 20 tháng 5, 2025; bản gốc đã được cập nhật ngày 10 tháng 6, 2025.',
    );
    expect(vietnamese).toMatch(
      new RegExp(`<a href="${piecePath(TRANSLATED)}" hreflang="en-GB"[^>]*>Đọc bản gốc</a>`),
    );
    // The Japanese one follows 10 June: up to date.
    expect(notice(read(piecePath(`ja/${TRANSLATED}`)))).toBeUndefined();
    expect(notice(read(piecePath(TRANSLATED)))).toBeUndefined();
  });

  test('asks the original’s poll: same id, the original’s values, its own labels', () => {
    const values = (html: string) =>
      [...html.matchAll(/<input type="radio" name="choice" value="([^"]+)"[^>]*>\s*([^<]+?)\s*</g)].map(
        ([, value, label]) => [value, label],
      );
    expect(values(read(piecePath(`ja/${TRANSLATED}`)))).toEqual([
      ['the-headline', '見出し'],
      ['the-questions', '質問'],
      ['the-sources', '出典'],
    ]);
    const registry = JSON.parse(read(fixedRoutes.pollRegistry)) as RegisteredPoll[];
    const poll = registry.find((entry) => entry.id === 'fixture-poll')!;
    expect(Object.keys(poll.editions).sort()).toEqual(['en', 'ja', 'vi']);
    expect(poll.editions['vi']!.options.map((option) => option.value)).toEqual(
      poll.options.map((o) => o.value),
    );
    expect(registry.map((entry) => entry.id).sort()).toEqual(['earlier-poll', 'fixture-poll', 'later-poll']);
  });
});

test('each edition’s feed carries its own pieces only, in its language', async () => {
  for (const e of EDITIONS) {
    const { items, language, title } = await readFeed(read(feedPath(e)));
    expect(language).toBe(e.lang);
    expect(items!.map((item) => editionOfPiece(new URL(item.link!).pathname.slice(1, -1)).code)).toEqual(
      items!.map(() => e.code),
    );
    if (e !== DEFAULT_EDITION) expect(title).not.toBe('The Explainer');
  }
  expect((await readFeed(read(feedPath(ja)))).items!.map((item) => item.title)).toEqual([
    'すべてのコンポーネントを使った記事',
  ]);
});

test('an edition’s topic labels, 404 page and search page are in its words', () => {
  expect(read(tagPath('polls', ja))).toMatch(/<h1[^>]*>アンケート<\/h1>/);
  expect(read(notFoundPath(vi))).toMatch(/<h1[^>]*>Không tìm thấy trang<\/h1>/);
  expect(read(searchPath(ja))).toMatch(/<label for="search-input"[^>]*>解説記事を検索<\/label>/);
  expect(read(searchPath(ja))).toMatch(/<form[^>]*action="\/ja\/search\/"/);
});
