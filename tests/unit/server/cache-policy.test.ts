import { expect, test } from 'vitest';
import { fixedRoutes, pieceCardPath, piecePath, shareCardPath, sharePath } from '../../../src/lib/routes.ts';
import { cacheControl } from '../../../src/server/cache-policy.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';

test('files whose names carry a hash of their content are kept for a year without asking', () => {
  expect(cacheControl('/_astro/Layout.BtJ7q4x1.css')).toBe(IMMUTABLE);
  expect(cacheControl('/_astro/fonts/4bd6f0a1c2e3.woff2')).toBe(IMMUTABLE);
  expect(cacheControl('/pagefind/fragment/en-gb_3975bc8.pf_fragment')).toBe(IMMUTABLE);
  expect(cacheControl('/pagefind/pagefind.en-gb_f68338fbb6e4d.pf_meta')).toBe(IMMUTABLE);
});

test('pages, feeds and unhashed entry points are reused only after a cheap check, so a correction shows at once', () => {
  for (const path of [
    piecePath('some-piece'),
    sharePath('some-piece', 'some-question'),
    fixedRoutes.home,
    fixedRoutes.feed,
    fixedRoutes.sitemap,
    fixedRoutes.searchIndex,
    '/pagefind/pagefind-entry.json',
    fixedRoutes.favicon,
    '/pagefind/wasm.en-gb.pagefind',
  ]) {
    expect(cacheControl(path), path).toBe(REVALIDATE);
  }
});

test('preview cards may be an hour old', () => {
  for (const path of [pieceCardPath('some-piece'), shareCardPath('some-piece', 'q'), fixedRoutes.siteCard]) {
    expect(cacheControl(path), path).toBe('public, max-age=3600');
  }
});
