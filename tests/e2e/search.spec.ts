import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { path, sectionHeadings } from './launch-piece.ts';

async function search(page: Page, term: string) {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search the explainers' }).fill(term);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText(term);
  return page.getByRole('list', { name: 'Search results' });
}

test('searching "Senkaku" finds the launch piece and a link that lands on the matching section', async ({
  page,
}) => {
  const results = await search(page, 'Senkaku');
  await expect(
    results.getByRole('heading', { name: /Japan and Vietnam after the Hanoi summit/ }),
  ).toBeVisible();
  const section = results.getByRole('link', { name: sectionHeadings[0]!.text, exact: true });
  await expect(section).toHaveAttribute('href', new RegExp(`^${path}#`));
  await expect(results.locator('mark').first()).toHaveText(/Senkaku/i);
  await section.click();
  await expect(page.getByRole('heading', { name: sectionHeadings[0]!.text, exact: true })).toBeInViewport();
});

test('searching "CPTPP" finds the CPTPP section and FAQ answer, and lands on them', async ({ page }) => {
  const results = await search(page, 'CPTPP');
  const links = results.getByRole('link');
  await expect(links.first()).toHaveAttribute('href', path);
  const targets = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(
    targets.some((href) =>
      /#(the-role-of-cptpp|how-does-the-cptpp-affect-japan-vietnam-relations)$/.test(href!),
    ),
  ).toBe(true);
  const answer = results.getByRole('link', { name: 'How does the CPTPP affect Japan-Vietnam relations?' });
  const section = results.getByRole('link', { name: 'The Role of CPTPP' });
  const target = (await answer.count()) > 0 ? answer : section;
  const href = (await target.first().getAttribute('href'))!;
  await target.first().click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[?]/g, '\\\\$&')}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('with JavaScript the no-search hint is gone', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
});

test('a word that is in no published piece finds nothing, and says so', async ({ page }) => {
  await search(page, 'quetzal');
  await expect(page.getByRole('status')).toHaveText('No results for “quetzal”.');
});

test('only pieces are indexed: not the style guide, nor the share pages that repeat FAQ answers', async ({
  page,
}) => {
  // "quote" appears only on the style guide.
  await search(page, 'quote');
  await expect(page.getByRole('status')).toHaveText('No results for “quote”.');
  // An FAQ answer's words are on the piece and on its share page; only the piece is a result.
  const results = await search(page, 'self-reliance');
  await expect(page.getByRole('status')).toHaveText('1 piece matches “self-reliance”.');
  await expect(results.getByRole('heading')).toHaveCount(1);
});

test('keyboard only: "/" opens search, typing and Enter show results, Tab reaches them', async ({ page }) => {
  await page.goto(path);
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/#search-input$/);
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Senkaku');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Senkaku');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeFocused();
  // On the search page, "/" brings focus back to the box.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('a search link with ?q= runs the search on arrival', async ({ page }) => {
  await page.goto('/search/?q=Ishiba');
  await expect(page.getByRole('searchbox')).toHaveValue('Ishiba');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
    'href',
    path,
  );
});

test('without JavaScript the search page lists every piece and topic instead of a dead box', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=Senkaku');
  await expect(
    page.getByText('Search needs JavaScript. Browse every explainer and topic below.'),
  ).toBeVisible();
  await expect(page.getByRole('status')).toBeEmpty();
  await expect(page.getByRole('list', { name: 'All explainers' }).getByRole('link').first()).toHaveAttribute(
    'href',
    path,
  );
  await expect(
    page.getByRole('list', { name: 'All topics' }).getByRole('link', { name: 'Japan' }),
  ).toBeVisible();
  await context.close();
});

test('the search page with results passes axe', async ({ page }) => {
  await search(page, 'CPTPP');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
