import { expect, test } from 'vitest';
import { brokenLinks, formatManifest, mergeNewLinks } from '../../../src/tooling/link-manifest.ts';

test('updating the manifest adds new links and never removes recorded ones', () => {
  const recorded = { '/old/': 'page' as const, '/a/#x': 'section' as const };
  const { manifest, added } = mergeNewLinks(recorded, { '/a/#x': 'section', '/a/#y': 'faq' });
  expect(added).toEqual(['/a/#y']);
  expect(manifest).toEqual({ '/a/#x': 'section', '/a/#y': 'faq', '/old/': 'page' });
  expect(formatManifest(manifest).endsWith('\n')).toBe(true);
});

test('a published answer that no longer resolves says how to keep its links: an alias', () => {
  const recorded = {
    '/piece/#what-is-it': 'faq' as const,
    '/piece/faq/what-is-it/': 'share-page' as const,
    '/piece/#background': 'section' as const,
    '/gone/': 'page' as const,
  };
  const broken = brokenLinks(recorded, { '/piece/': 'page', '/piece/#what-is-it-now': 'faq' });
  expect(broken).toEqual([
    expect.stringMatching(
      /^\/piece\/#what-is-it — .*shared under the id "what-is-it".*aliases=\{\["what-is-it"\]\}/,
    ),
    expect.stringMatching(
      /^\/piece\/faq\/what-is-it\/ — .*shared under the id "what-is-it".*aliases=\{\["what-is-it"\]\}/,
    ),
    expect.stringMatching(/^\/piece\/#background — this section was published under the id "background"/),
    expect.stringMatching(/^\/gone\/ — this page was published and no longer exists/),
  ]);
});

test("a withdrawn piece's anchors are answered by its page; a lost redirect says how to keep it", () => {
  const recorded = {
    '/pulled/': 'withdrawn' as const,
    '/pulled/#why': 'withdrawn' as const,
    '/old/': 'redirect' as const,
    '/old/#why': 'redirect' as const,
  };
  const broken = brokenLinks(recorded, { '/pulled/': 'withdrawn', '/old/': 'redirect' });
  expect(broken).toEqual([
    expect.stringMatching(
      /^\/old\/#why — this was an address of a piece before it was renamed.*redirectFrom/,
    ),
  ]);
});
