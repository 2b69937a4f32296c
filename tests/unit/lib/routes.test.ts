import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { DEFAULT_EDITION, EDITIONS, editionByCode } from '../../../src/features/editions/editions.ts';
import {
  anchorPath,
  feedPath,
  fixedRoutes,
  homePath,
  notFoundPath,
  parseRoute,
  pieceCardPath,
  piecePath,
  pollApiPath,
  pollResultsPath,
  RESERVED_SEGMENTS,
  reservedSegments,
  searchPath,
  shareCardPath,
  sharePath,
  siteCardPath,
  tagPath,
  tagsPath,
} from '../../../src/lib/routes.ts';

const en = DEFAULT_EDITION;
const ja = editionByCode('ja')!;

test('every address the site builds parses back to what built it, in its edition', () => {
  expect(parseRoute(piecePath('summit'))).toEqual({ kind: 'piece', slug: 'summit', edition: en });
  expect(parseRoute(pieceCardPath('summit'))).toEqual({ kind: 'piece-card', slug: 'summit', edition: en });
  expect(parseRoute(sharePath('summit', 'why-now'))).toEqual({
    kind: 'share',
    slug: 'summit',
    id: 'why-now',
    edition: en,
  });
  expect(parseRoute(shareCardPath('summit', 'why-now'))).toEqual({
    kind: 'share-card',
    slug: 'summit',
    id: 'why-now',
    edition: en,
  });
  expect(parseRoute(tagPath('trade', en))).toEqual({ kind: 'tag', tag: 'trade', edition: en });
  expect(parseRoute(pollResultsPath('drivers', en))).toEqual({
    kind: 'poll-results',
    id: 'drivers',
    edition: en,
  });
  expect(parseRoute(pollApiPath('drivers'))).toEqual({ kind: 'poll-api', id: 'drivers', edition: en });
  expect(parseRoute(fixedRoutes.home)).toEqual({ kind: 'home', edition: en });
  expect(parseRoute(fixedRoutes.tags)).toEqual({ kind: 'tags', edition: en });
  expect(parseRoute(fixedRoutes.notFound)).toEqual({ kind: 'not-found', edition: en });
});

test('every edition’s pages are under its code, the default edition’s at the root, and parse back', () => {
  expect([homePath(ja), searchPath(ja), tagsPath(ja), tagPath('trade', ja), feedPath(ja)]).toEqual([
    '/ja/',
    '/ja/search/',
    '/ja/tags/',
    '/ja/tags/trade/',
    '/ja/rss.xml',
  ]);
  expect([homePath(en), searchPath(en), notFoundPath(en), siteCardPath(en)]).toEqual([
    '/',
    '/search/',
    '/404.html',
    '/card.png',
  ]);
  for (const edition of EDITIONS) {
    expect(parseRoute(homePath(edition))).toEqual({ kind: 'home', edition });
    expect(parseRoute(searchPath(edition))).toEqual({ kind: 'search', edition });
    expect(parseRoute(tagsPath(edition))).toEqual({ kind: 'tags', edition });
    expect(parseRoute(tagPath('trade', edition))).toEqual({ kind: 'tag', tag: 'trade', edition });
    expect(parseRoute(notFoundPath(edition))).toEqual({ kind: 'not-found', edition });
    expect(parseRoute(siteCardPath(edition))).toEqual({ kind: 'site-card', edition });
    expect(parseRoute(pollResultsPath('drivers', edition))).toEqual({
      kind: 'poll-results',
      id: 'drivers',
      edition,
    });
  }
  // A translation's id carries its edition's prefix; everything under it follows.
  expect(piecePath('ja/summit')).toBe('/ja/summit/');
  expect(parseRoute(piecePath('ja/summit'))).toEqual({ kind: 'piece', slug: 'ja/summit', edition: ja });
  expect(parseRoute(sharePath('ja/summit', 'two-plus-two'))).toEqual({
    kind: 'share',
    slug: 'ja/summit',
    id: 'two-plus-two',
    edition: ja,
  });
  expect(parseRoute(pieceCardPath('ja/summit', '16x9'))).toEqual({
    kind: 'piece-card',
    slug: 'ja/summit',
    crop: '16x9',
    edition: ja,
  });
  // One vote API and one maps folder for the whole site: none under an edition.
  expect(parseRoute('/ja/api/polls/drivers/').kind).toBe('other');
});

test('an anchor or a query does not change what a page is', () => {
  expect(parseRoute(anchorPath('summit', 'why-now'))).toEqual({ kind: 'piece', slug: 'summit', edition: en });
  expect(parseRoute(`${fixedRoutes.search}?q=trade`)).toEqual({ kind: 'search', edition: en });
  expect(parseRoute(`${searchPath(ja)}?q=石破`)).toEqual({ kind: 'search', edition: ja });
});

test('the segments kept from pieces are exactly the folders the site makes', () => {
  // What src/pages makes a folder of: its folders, and pages like search.astro (/search/), also
  // inside [...edition], whose pages every edition has; not dynamic segments ([slug]), files
  // (rss.xml.ts), the home page or the 404 page (/404.html).
  const folders = (dir: string) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (/^[[_]/.test(entry.name)) return [];
      if (entry.isDirectory()) return [entry.name];
      const page = /^([\w-]+)\.(astro|mdx)$/.exec(entry.name)?.[1];
      return page && page !== 'index' && page !== '404' ? [page] : [];
    });
  const fromPages = [...folders('src/pages'), ...folders('src/pages/[...edition]')];
  // Made outside src/pages: Astro's bundles, Pagefind's index, the editor under astro dev; and every
  // other edition's code.
  const elsewhere = ['_astro', 'pagefind', 'editor', ...EDITIONS.slice(1).map((edition) => edition.code)];
  expect([...RESERVED_SEGMENTS].sort()).toEqual([...fromPages, ...elsewhere].sort());
  // Under an edition's code: its own pages, and its 404 page (a folder there, /ja/404/).
  expect([...reservedSegments(ja)].sort()).toEqual([...folders('src/pages/[...edition]'), '404'].sort());
});

test('a segment the site keeps for itself is never read as a piece, in any edition', () => {
  for (const segment of RESERVED_SEGMENTS) expect(parseRoute(`/${segment}/`).kind).not.toBe('piece');
  for (const segment of reservedSegments(ja)) expect(parseRoute(`/ja/${segment}/`).kind).not.toBe('piece');
  expect(parseRoute('/pagefind/pagefind.js')).toEqual({
    kind: 'other',
    path: '/pagefind/pagefind.js',
    edition: en,
  });
});

test('an address with a malformed escape is read as it is, not an error', () => {
  expect(parseRoute('/%E0%A4%A/')).toEqual({ kind: 'piece', slug: '%E0%A4%A', edition: en });
  expect(parseRoute('/tags/%E0%A4%A/')).toEqual({ kind: 'tag', tag: '%E0%A4%A', edition: en });
});
