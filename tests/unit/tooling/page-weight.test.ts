import { expect, test } from 'vitest';
import { EDITIONS } from '../../../src/features/editions/editions.ts';
import { PIECE_BUDGET, pieceBudget, unknownBudgetEditions } from '../../../src/tooling/budgets.ts';
import { formatTable, overBudget, type PageWeight } from '../../../src/tooling/page-weight.ts';

const kb = (n: number) => n * 1024;
const bytes = (gzip: number) => ({ raw: gzip * 3, gzip });

function weight(path: string, isPiece: boolean, js: number, total: number, beforePaint: number): PageWeight {
  return {
    path,
    status: 200,
    isPiece,
    bytes: {
      html: bytes(total - js),
      css: bytes(0),
      js: bytes(js),
      font: bytes(0),
      image: bytes(0),
      other: bytes(0),
    },
    total: bytes(total),
    requests: beforePaint,
    requestsBeforeFirstPaint: beforePaint,
  };
}

test('a piece within every budget passes', () => {
  expect(overBudget(weight('/piece/', true, kb(1), kb(50), 3))).toEqual([]);
});

test('a piece over a budget is reported with the figure and the budget', () => {
  const over = weight('/piece/', true, PIECE_BUDGET.jsGzip + kb(1), PIECE_BUDGET.totalGzip + kb(1), 9);
  expect(overBudget(over)).toEqual([
    `/piece/: total transfer ${((PIECE_BUDGET.totalGzip + kb(1)) / 1024).toFixed(1)} KB is over the ${(PIECE_BUDGET.totalGzip / 1024).toFixed(1)} KB budget`,
    `/piece/: JavaScript ${((PIECE_BUDGET.jsGzip + kb(1)) / 1024).toFixed(1)} KB gzip is over the ${(PIECE_BUDGET.jsGzip / 1024).toFixed(1)} KB budget`,
    `/piece/: 9 requests before first paint, over the budget of ${PIECE_BUDGET.requestsBeforeFirstPaint}`,
  ]);
});

test('the budgets are for pieces: other pages are weighed and reported, not held to them', () => {
  const heavy = weight('/search/', false, kb(50), kb(500), 9);
  expect(overBudget(heavy)).toEqual([]);
  expect(formatTable([heavy])).toContain('| /search/ |');
});

test('a lead image may come on top of the budget, in one size, with one request more before paint', () => {
  const withPicture = (downloads: string[], picture: number): PageWeight => ({
    ...weight('/piece/', true, kb(1), kb(50) + picture, PIECE_BUDGET.requestsBeforeFirstPaint + 1),
    leadImage: { downloads, bytes: picture },
  });
  expect(overBudget(withPicture(['/_astro/harbour.abc_Z1.avif'], kb(40)))).toEqual([]);
  expect(
    overBudget(withPicture(['/_astro/harbour.abc_Z1.avif', '/_astro/harbour.abc_Z2.avif'], kb(80))),
  ).toEqual([
    '/piece/: the lead image was downloaded 2 times (/_astro/harbour.abc_Z1.avif, /_astro/harbour.abc_Z2.avif), not once',
  ]);
});

test('each edition’s pieces are held to its own budgets, declared once (issue 23)', () => {
  // Japanese pieces may transfer up to 40 KB, Vietnamese up to 75 KB; the rest the default 60 KB.
  expect(overBudget(weight('/ja/summit/', true, kb(1), kb(39), 2))).toEqual([]);
  expect(overBudget(weight('/ja/summit/', true, kb(1), kb(41), 2))).toEqual([
    '/ja/summit/: total transfer 41.0 KB is over the 40.0 KB budget',
  ]);
  expect(overBudget(weight('/vi/summit/', true, kb(1), kb(74), 6))).toEqual([]);
  expect(overBudget(weight('/vi/summit/', true, kb(1), kb(76), 6))).toEqual([
    '/vi/summit/: total transfer 76.0 KB is over the 75.0 KB budget',
  ]);
  expect(overBudget(weight('/summit/', true, kb(1), kb(74), 4))).toEqual([
    '/summit/: total transfer 74.0 KB is over the 60.0 KB budget',
  ]);
  for (const edition of EDITIONS) expect(pieceBudget(edition).jsGzip).toBe(PIECE_BUDGET.jsGzip);
  expect(unknownBudgetEditions()).toEqual([]);
});
