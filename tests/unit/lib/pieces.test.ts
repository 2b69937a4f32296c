import { expect, test } from 'vitest';
import { isPublishable, newestFirst } from '../../../src/lib/pieces.ts';
import { isoDay } from '../../../src/lib/dates.ts';
import { editionByCode } from '../../../src/features/editions/editions.ts';
import { formatDay } from '../../../src/features/editions/format.ts';
import { formatByline } from '../../../src/features/editions/strings.ts';

const [en, ja, vi] = [editionByCode('en')!, editionByCode('ja')!, editionByCode('vi')!];

const piece = (id: string, published: string, draft = false) => ({
  id,
  data: { title: id, published: new Date(published), draft },
});

test('pieces are listed newest first, same-day pieces by title', () => {
  const sorted = newestFirst([piece('b', '2025-01-01'), piece('c', '2025-06-01'), piece('a', '2025-01-01')]);
  expect(sorted.map((p) => p.id)).toEqual(['c', 'a', 'b']);
});

const now = new Date('2026-12-23T21:00:00Z');

test('drafts are publishable in dev only', () => {
  expect(isPublishable(piece('d', '2025-01-01', true), { dev: false, now })).toBe(false);
  expect(isPublishable(piece('d', '2025-01-01', true), { dev: true, now })).toBe(true);
  expect(isPublishable(piece('p', '2025-01-01'), { dev: false, now })).toBe(true);
});

test('a scheduled piece is a draft until its moment, from that moment on published; in dev always', () => {
  const scheduled = (publishAt: string, draft = false) => ({
    ...piece('s', '2026-12-24', draft),
    data: { ...piece('s', '2026-12-24', draft).data, publishAt: new Date(publishAt) },
  });
  expect(isPublishable(scheduled('2026-12-23T21:00:00.001Z'), { dev: false, now })).toBe(false);
  expect(isPublishable(scheduled('2026-12-24T06:00:00+09:00'), { dev: false, now }), 'at the moment').toBe(
    true,
  );
  expect(isPublishable(scheduled('2026-12-23T20:59:59Z'), { dev: false, now })).toBe(true);
  expect(isPublishable(scheduled('2027-01-01T00:00:00Z'), { dev: true, now })).toBe(true);
  expect(isPublishable(scheduled('2026-01-01T00:00:00Z', true), { dev: false, now }), 'still a draft').toBe(
    false,
  );
});

test('bylines read as lists in each edition’s language, the site’s desk named in its words', () => {
  expect(formatByline(['Ann'], en)).toBe('Ann');
  expect(formatByline(['Ann', 'Bo', 'Cy'], en)).toBe('Ann, Bo and Cy');
  expect(formatByline(['Ann', 'Bo', 'Cy'], ja)).toBe('Ann、Bo、Cy');
  expect(formatByline(['Ann', 'Bo', 'Cy'], vi)).toBe('Ann, Bo và Cy');
  expect(formatByline(['The Explainer staff'], ja)).toBe('The Explainer編集部');
  expect(formatByline(['The Explainer staff', 'Ann'], vi)).toBe('Ban biên tập The Explainer và Ann');
});

test('frontmatter days format the same in every time zone, as each edition writes a day', () => {
  const day = new Date('2025-04-28');
  expect(formatDay(day, en)).toBe('28 April 2025');
  expect(formatDay(day, ja)).toBe('2025年4月28日');
  expect(formatDay(day, vi)).toBe('28 tháng 4, 2025');
  expect(isoDay(day)).toBe('2025-04-28');
});
