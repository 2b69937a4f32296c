import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixedRoutes, piecePath } from '../../../src/lib/routes.ts';
import { lead } from '../../support/piece-source.ts';
import { WCAG_TAGS } from '../../support/axe.ts';

async function search(page: Page, term: string) {
  await page.goto(fixedRoutes.search);
  await page.getByRole('searchbox', { name: 'Search the explainers' }).fill(term);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toContainText(term);
  return page.getByRole('list', { name: 'Search results' });
}

test('a word of one piece finds that piece, and a link that lands on the matching section', async ({
  page,
}) => {
  const results = await search(page, 'marmalade');
  await expect(results.getByRole('heading', { level: 2 })).toHaveText([
    'An earlier piece with a poll of its own',
  ]);
  await expect(results.getByRole('link').first()).toHaveAttribute('href', piecePath('earlier-piece'));

  const inSection = await search(page, 'surprises');
  await expect(inSection.locator('mark').first()).toHaveText(/surprises/i);
  const section = inSection.getByRole('link', { name: 'Callouts in a piece', exact: true });
  await expect(section).toHaveAttribute('href', `${lead.path}#callouts-in-a-piece`);
  await section.click();
  await expect(page.getByRole('heading', { name: 'Callouts in a piece', exact: true })).toBeInViewport();
});

test('an FAQ answer is a result of its own that lands on the answer', async ({ page }) => {
  const results = await search(page, 'fixture');
  const question = lead.questions[0]!;
  const answer = results.getByRole('link', { name: question.q });
  await expect(answer).toHaveAttribute('href', `${lead.path}#${question.id}`);
  await answer.click();
  await expect(page.locator(`[id="${question.id}"]`)).toBeInViewport();
});

test('with JavaScript the no-search hint is gone', async ({ page }) => {
  await page.goto(fixedRoutes.search);
  await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
});

test('a word only the draft holds finds nothing, and says so', async ({ page }) => {
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
  const results = await search(page, 'depend');
  await expect(page.getByRole('status')).toHaveText('1 piece matches “depend”.');
  await expect(results.getByRole('heading', { level: 2 })).toHaveCount(1);
});

test('keyboard only: "/" opens search, typing and Enter show results, Tab reaches them', async ({ page }) => {
  await page.goto(lead.path);
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/#search-input$/);
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('lighthouses');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('lighthouses');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeFocused();
  // On the search page, "/" brings focus back to the box.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('a search link with ?q= runs the search on arrival', async ({ page }) => {
  await page.goto(`${fixedRoutes.search}?q=lighthouses`);
  await expect(page.getByRole('searchbox')).toHaveValue('lighthouses');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute(
    'href',
    piecePath('later-piece'),
  );
});

test('without JavaScript the search page lists every piece and topic instead of a dead box', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${fixedRoutes.search}?q=harbour`);
  await expect(
    page.getByText('Search needs JavaScript. Browse every explainer and topic below.'),
  ).toBeVisible();
  await expect(page.getByRole('status')).toBeEmpty();
  await expect(page.getByRole('list', { name: 'All explainers' }).getByRole('link')).toHaveText([
    'A later piece on sharing',
    'A piece that uses every component',
    'An earlier piece with a poll of its own',
  ]);
  await expect(page.getByRole('list', { name: 'All topics' }).getByRole('link')).toHaveText([
    'Polls',
    'Sharing',
    'Design',
  ]);
  await context.close();
});

test('the search page with results passes axe', async ({ page }) => {
  await search(page, 'fixture');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
