import { expect, test } from 'vitest';
import { cacheKey } from '../../../src/lib/cache-keys.ts';

const piece = (id: string, digest: string) => ({ id, digest });

test('a page’s key changes when any piece it shows changes, and only then', () => {
  const key = cacheKey([piece('a', '1'), piece('b', '2'), undefined]);
  expect(cacheKey([piece('a', '1'), piece('b', '2'), undefined])).toBe(key);
  expect(cacheKey([piece('a', '1'), piece('b', '3'), undefined]), 'a listed piece edited').not.toBe(key);
  expect(cacheKey([piece('a', '1'), piece('c', '2'), undefined]), 'another piece listed').not.toBe(key);
  expect(cacheKey([piece('a', '1'), undefined, piece('b', '2')]), 'the same pieces in other places').not.toBe(
    key,
  );
  expect(cacheKey([piece('a', '1'), piece('b', '2')]), 'an empty slot filled or gone').not.toBe(key);
});

test('a piece without a digest is refused with what is wrong, never keyed as unchanged', () => {
  expect(() => cacheKey([{ id: 'stray' }])).toThrow(
    'The piece "stray" has no digest: its pages cannot be cached. Is it from the pieces collection?',
  );
});
