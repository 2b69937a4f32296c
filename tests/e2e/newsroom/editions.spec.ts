import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_EDITION, EDITIONS } from '../../../src/features/editions/editions.ts';
import { PLACEHOLDER } from '../../../src/features/editions/message.ts';
import {
  homePath,
  notFoundPath,
  piecePath,
  pollResultsPath,
  searchPath,
  sharePath,
  tagPath,
  tagsPath,
} from '../../../src/lib/routes.ts';
import { site } from '../../../src/site.config.ts';
import { edition, stringsOf } from '../../support/editions.ts';

/**
 * The fixture newsroom's editions as a reader meets them: every-component in English, Japanese and
 * Vietnamese (the Vietnamese one behind its original), the other pieces in English only.
 */
const ja = edition('ja');
const vi = edition('vi');
const original = piecePath('every-component');
const japanese = piecePath('ja/every-component');

test.describe('the language switcher keeps the reader’s place', () => {
  test('from an FAQ answer, each edition’s link goes to the same answer there', async ({ page }) => {
    await page.goto(`${original}#hand-set`);
    const switcher = page.getByRole('navigation', { name: 'Language' });
    await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'page');
    await expect(switcher.getByRole('link', { name: 'Tiếng Việt' })).toHaveAttribute(
      'href',
      new RegExp(`${piecePath('vi/every-component')}#hand-set$`),
    );
    await switcher.getByRole('link', { name: ja.name }).click();
    await expect(page).toHaveURL(`${japanese}#hand-set`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('[id="hand-set"]')).toBeFocused();
    await expect(page.getByRole('heading', { level: 3, name: 'IDは手で設定できるか？' })).toBeInViewport();
  });

  test('an old link to an answer (an alias) keeps the answer’s own id; a section’s place is left behind', async ({
    page,
  }) => {
    await page.goto(`${original}#old-fixture-id`);
    const japaneseLink = page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: ja.name });
    await expect(japaneseLink).toHaveAttribute('href', new RegExp(`${japanese}#what-is-a-fixture$`));
    // A section's id comes from its heading's words, which differ in each edition: to the top.
    await page.getByRole('link', { name: 'Callouts in a piece' }).first().click();
    await expect(page).toHaveURL(/#callouts-in-a-piece$/);
    await expect(japaneseLink).toHaveAttribute('href', new RegExp(`${japanese}$`));
  });

  test('without JavaScript the links go to the top of each edition', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${original}#hand-set`);
    await expect(
      page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: ja.name }),
    ).toHaveAttribute('href', japanese);
    await context.close();
  });
});

/**
 * Everything a reader of the page reads or hears, in the page's own language: its visible text
 * and what screen readers say (labels, alternative text, the title). Words marked as another
 * language (`lang`: an edition's name in the switcher) are not the page's.
 */
async function wordsOf(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      const own = document.documentElement.lang;
      const mine = (element: Element) => element.closest('[lang]')?.getAttribute('lang') === own;
      const labels = [...document.querySelectorAll('[aria-label], [alt], [title]')]
        .filter(mine)
        .flatMap((element) => ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? ''));
      const foreign = [...document.body.querySelectorAll<HTMLElement>('[lang]')].filter(
        (element) => !mine(element),
      );
      const text = foreign.reduce(
        (all, element) => all.replace(element.innerText, ''),
        document.body.innerText,
      );
      return [document.title, ...labels, text].join('\n');
    })
    .then((words) => words.replaceAll(site.name, '')); // The brand stays "The Explainer" in every edition.
}

/** The default edition's strings as fragments a reader would notice: each text cut at its placeholders. */
function englishFragments(code: string): { key: string; fragment: string }[] {
  const english = stringsOf(DEFAULT_EDITION.code);
  const translated = stringsOf(code);
  const forms = (message: unknown) =>
    typeof message === 'string' ? [message] : Object.values(message as object);
  return Object.entries(english)
    .filter(([key, message]) => JSON.stringify(message) !== JSON.stringify(translated[key]))
    .flatMap(([key, message]) =>
      forms(message).flatMap((text: string) =>
        text
          .split(PLACEHOLDER)
          .filter((_, i) => i % 2 === 0)
          .map((fragment) => fragment.trim())
          // A fragment a reader would recognise as English: a word of three letters or more.
          .filter((fragment) => /[A-Za-z]{3}/.test(fragment))
          .map((fragment) => ({ key, fragment })),
      ),
    );
}

test.describe('no English words of the site on a Japanese page', () => {
  const pages = [
    japanese,
    homePath(ja),
    tagsPath(ja),
    tagPath('polls', ja),
    searchPath(ja),
    sharePath('ja/every-component', 'hand-set'),
    pollResultsPath('fixture-poll', ja),
    notFoundPath(ja),
  ];
  const fragments = englishFragments('ja');

  test('the check knows the site’s English words', () => {
    expect(fragments.map(({ fragment }) => fragment)).toEqual(
      expect.arrayContaining(['Skip to content', 'min read', 'Reader Poll', 'Link to this answer']),
    );
  });

  for (const path of pages) {
    test(`${path} shows and says only Japanese words of the site`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      // After the islands have run: their words are the page's too.
      await page.waitForLoadState('networkidle');
      const words = await wordsOf(page);
      expect(fragments.filter(({ fragment }) => words.includes(fragment))).toEqual([]);
    });
  }

  test('the search page’s status, from the island, is Japanese too', async ({ page }) => {
    await page.goto(`${searchPath(ja)}?q=${encodeURIComponent('フィクスチャー')}`);
    await expect(page.getByRole('status').first()).toContainText('に一致する記事');
    const words = await wordsOf(page);
    expect(fragments.filter(({ fragment }) => words.includes(fragment))).toEqual([]);
  });
});

test('an unknown address under an edition answers its own 404 page', async ({ page }) => {
  for (const e of [ja, vi, DEFAULT_EDITION]) {
    const response = await page.goto(`${homePath(e)}no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      stringsOf(e.code)['notFound.title'] as string,
    );
  }
  const poll = await page.goto(pollResultsPath('no-such-poll', vi));
  expect(poll?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
});

test('every edition’s front page links the others, each named in its own language', async ({ page }) => {
  await page.goto(homePath(vi));
  const editions = page.getByRole('region', { name: 'Phiên bản ngôn ngữ' });
  for (const e of EDITIONS) {
    await expect(editions.getByRole('link', { name: e.name })).toHaveAttribute('href', homePath(e));
  }
  await expect(editions.getByRole('link', { name: vi.name })).toHaveAttribute('aria-current', 'page');
});
