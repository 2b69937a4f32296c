import { expect, test } from '@playwright/test';
import { piecePath } from '../../../src/lib/routes.ts';
import { edition } from '../../support/editions.ts';
import { searchIn } from '../../support/search.ts';

/**
 * Search in each edition (issue 23, item 6): Pagefind keeps one index per `<html lang>`, and its
 * extended build cuts Japanese, which has no spaces, into words. Words from the middle of the
 * fixture newsroom's translated every-component piece.
 */
const ja = edition('ja');
const vi = edition('vi');

test.describe('the Japanese search page', () => {
  // 出典を示した冒頭の段落。[^first] 港という、この記事だけが使う言葉が出てくる。
  for (const word of ['冒頭', '言葉']) {
    test(`finds the Japanese piece by「${word}」, a word inside unspaced text, and no English page`, async ({
      page,
    }) => {
      expect(await searchIn(page, ja, word)).toEqual([piecePath('ja/every-component')]);
    });
  }
});

test.describe('the Vietnamese search page', () => {
  // Đoạn này nhắc đến bến cảng, một từ chỉ bài này dùng.
  for (const word of ['cảng', 'cang', 'bến cảng', 'ben cang']) {
    test(`finds the Vietnamese piece by “${word}”, with or without diacritics, and no English page`, async ({
      page,
    }) => {
      expect(await searchIn(page, vi, word)).toEqual([piecePath('vi/every-component')]);
    });
  }
});

for (const other of [ja, vi]) {
  test(`the ${other.code} search page finds no English page by its English words`, async ({ page }) => {
    // "marmalade" is in an English-only piece (search.spec.ts finds it on the English search page).
    // Pagefind answers a word it lacks with near matches (the Vietnamese "mã"): those may be
    // listed, as long as they are pages of this edition.
    const found = await searchIn(page, other, 'marmalade');
    expect(found.filter((path) => !path.startsWith(`/${other.code}/`))).toEqual([]);
  });
}
