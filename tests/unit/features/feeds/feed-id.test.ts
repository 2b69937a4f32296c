import { expect, test } from 'vitest';
import { feedId } from '../../../../src/features/feeds/feed-id.ts';
import { piecePath } from '../../../../src/lib/routes.ts';
import { absoluteUrl } from '../../../../src/site.config.ts';

const url = (id: string) => absoluteUrl(piecePath(id));

test('a piece never renamed is known to feed readers by its own address, as it always was', () => {
  expect(feedId({ id: 'summit', data: {} })).toBe(url('summit'));
  expect(feedId({ id: 'ja/summit', data: {} })).toBe(url('ja/summit'));
});

test('a renamed piece keeps the id of the address it was first published at, however often it is renamed', () => {
  expect(feedId({ id: 'new-slug', data: { redirectFrom: ['old-slug'] } })).toBe(url('old-slug'));
  expect(feedId({ id: 'newest-slug', data: { redirectFrom: ['old-slug', 'new-slug'] } })).toBe(
    url('old-slug'),
  );
});

test('a renamed translation keeps its edition (its earlier addresses are slugs in it)', () => {
  expect(feedId({ id: 'ja/new-slug', data: { redirectFrom: ['old-slug'] } })).toBe(url('ja/old-slug'));
});
