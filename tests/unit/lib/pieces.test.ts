import { expect, test } from 'vitest';
import { formatByline, isPublishable, newestFirst } from '../../../src/lib/pieces.ts';
import { formatDay, isoDay } from '../../../src/lib/dates.ts';

const piece = (id: string, published: string, draft = false) => ({
  id,
  data: { title: id, published: new Date(published), draft },
});

test('pieces are listed newest first, same-day pieces by title', () => {
  const sorted = newestFirst([piece('b', '2025-01-01'), piece('c', '2025-06-01'), piece('a', '2025-01-01')]);
  expect(sorted.map((p) => p.id)).toEqual(['c', 'a', 'b']);
});

test('drafts are publishable in dev only', () => {
  expect(isPublishable(piece('d', '2025-01-01', true), { dev: false })).toBe(false);
  expect(isPublishable(piece('d', '2025-01-01', true), { dev: true })).toBe(true);
  expect(isPublishable(piece('p', '2025-01-01'), { dev: false })).toBe(true);
});

test('bylines read as English lists', () => {
  expect(formatByline(['Ann'])).toBe('Ann');
  expect(formatByline(['Ann', 'Bo', 'Cy'])).toBe('Ann, Bo and Cy');
});

test('frontmatter days format the same in every time zone', () => {
  const day = new Date('2025-04-28');
  expect(formatDay(day)).toBe('28 April 2025');
  expect(isoDay(day)).toBe('2025-04-28');
});
