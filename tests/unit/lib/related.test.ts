import { expect, test } from 'vitest';
import { adjacentPieces, relatedPieces } from '../../../src/lib/related.ts';

const piece = (id: string, published: string, tags: string[]) => ({
  id,
  data: { title: id, published: new Date(published), tags, draft: false },
});

const current = piece('current', '2025-05-01', ['japan', 'vietnam', 'trade']);
const all = [
  current,
  piece('one-tag-new', '2025-09-01', ['japan']),
  piece('two-tags-old', '2024-01-01', ['japan', 'trade']),
  piece('one-tag-old', '2024-06-01', ['vietnam']),
  piece('unrelated', '2025-10-01', ['china']),
];

test('related pieces rank by shared tags, then recency, and leave out the unrelated and itself', () => {
  expect(relatedPieces(current, all).map((p) => p.id)).toEqual([
    'two-tags-old',
    'one-tag-new',
    'one-tag-old',
  ]);
});

test('a piece sharing no tag with any other has no related reading', () => {
  const alone = piece('alone', '2025-01-01', ['diplomacy']);
  expect(relatedPieces(alone, [...all, alone])).toEqual([]);
});

test('previous is the next older piece, next the next newer; the ends have one side only', () => {
  const byDate = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
  expect(adjacentPieces({ id: 'b' }, byDate)).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
  expect(adjacentPieces({ id: 'c' }, byDate)).toEqual({ previous: { id: 'b' }, next: undefined });
  expect(adjacentPieces({ id: 'a' }, byDate)).toEqual({ previous: undefined, next: { id: 'b' } });
});
