import { expect, test } from '@playwright/test';
import { piecePath } from '../../../src/lib/routes.ts';
import { edition } from '../../support/editions.ts';
import { searchIn } from '../../support/search.ts';

/**
 * Search in each edition over the real build (issue 23, item 6): the launch piece's translations
 * are found by the words their readers would type, in their edition's search only. Japanese is
 * written without spaces, so 石破 and 首相 are found only because Pagefind's extended program cut
 * the text into words; Vietnamese readers type names with or without their diacritics.
 */
const launch = 'japan-vietnam-hanoi-summit';

const searches = [
  { code: 'ja', words: ['石破', '首相'] },
  { code: 'vi', words: ['Phạm', 'Pham', 'Biển Đông', 'Bien Dong'] },
];

for (const { code, words } of searches) {
  for (const word of words) {
    test(`searching “${word}” on the ${code} search page finds the launch piece’s ${code} translation, and only pages of that edition`, async ({
      page,
    }) => {
      const found = await searchIn(page, edition(code), word);
      expect(found).toContain(piecePath(`${code}/${launch}`));
      expect(found.filter((path) => !path.startsWith(`/${code}/`))).toEqual([]);
    });
  }
}
