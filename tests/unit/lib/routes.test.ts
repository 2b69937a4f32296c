import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  anchorPath,
  fixedRoutes,
  parseRoute,
  pieceCardPath,
  piecePath,
  pollApiPath,
  pollResultsPath,
  RESERVED_SEGMENTS,
  shareCardPath,
  sharePath,
  tagPath,
} from '../../../src/lib/routes.ts';

test('every address the site builds parses back to what built it', () => {
  expect(parseRoute(piecePath('summit'))).toEqual({ kind: 'piece', slug: 'summit' });
  expect(parseRoute(pieceCardPath('summit'))).toEqual({ kind: 'piece-card', slug: 'summit' });
  expect(parseRoute(sharePath('summit', 'why-now'))).toEqual({
    kind: 'share',
    slug: 'summit',
    id: 'why-now',
  });
  expect(parseRoute(shareCardPath('summit', 'why-now'))).toEqual({
    kind: 'share-card',
    slug: 'summit',
    id: 'why-now',
  });
  expect(parseRoute(tagPath('trade'))).toEqual({ kind: 'tag', tag: 'trade' });
  expect(parseRoute(pollResultsPath('drivers'))).toEqual({ kind: 'poll-results', id: 'drivers' });
  expect(parseRoute(pollApiPath('drivers'))).toEqual({ kind: 'poll-api', id: 'drivers' });
  expect(parseRoute(fixedRoutes.home)).toEqual({ kind: 'home' });
  expect(parseRoute(fixedRoutes.tags)).toEqual({ kind: 'tags' });
  expect(parseRoute(fixedRoutes.notFound)).toEqual({ kind: 'not-found' });
});

test('an anchor or a query does not change what a page is', () => {
  expect(parseRoute(anchorPath('summit', 'why-now'))).toEqual({ kind: 'piece', slug: 'summit' });
  expect(parseRoute(`${fixedRoutes.search}?q=trade`)).toEqual({ kind: 'search' });
});

test('the segments kept from pieces are exactly the folders the site makes', () => {
  // What src/pages makes a folder of: its folders, and pages like search.astro (/search/);
  // not dynamic segments ([slug]), files (rss.xml.ts), the home page or the 404 page (/404.html).
  const fromPages = readdirSync('src/pages', { withFileTypes: true }).flatMap((entry) => {
    if (/^[[_]/.test(entry.name)) return [];
    if (entry.isDirectory()) return [entry.name];
    const page = /^([\w-]+)\.(astro|mdx)$/.exec(entry.name)?.[1];
    return page && page !== 'index' && page !== '404' ? [page] : [];
  });
  // Made outside src/pages: Astro's bundles, Pagefind's index, the editor under astro dev.
  const elsewhere = ['_astro', 'pagefind', 'editor'];
  expect([...RESERVED_SEGMENTS].sort()).toEqual([...fromPages, ...elsewhere].sort());
});

test('a segment the site keeps for itself is never read as a piece', () => {
  for (const segment of RESERVED_SEGMENTS) expect(parseRoute(`/${segment}/`).kind).not.toBe('piece');
  expect(parseRoute('/pagefind/pagefind.js')).toEqual({ kind: 'other', path: '/pagefind/pagefind.js' });
});

test('an address with a malformed escape is read as it is, not an error', () => {
  expect(parseRoute('/%E0%A4%A/')).toEqual({ kind: 'piece', slug: '%E0%A4%A' });
  expect(parseRoute('/tags/%E0%A4%A/')).toEqual({ kind: 'tag', tag: '%E0%A4%A' });
});
