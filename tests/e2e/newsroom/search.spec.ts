import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixedRoutes, piecePath } from '../../../src/lib/routes.ts';
import { WCAG_TAGS } from '../../support/axe.ts';
import { lead } from '../../support/piece-source.ts';

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

/** Types a query the way a reader does, and waits for the results to be announced: no Enter. */
async function typeSearch(page: Page, term: string) {
  await page.goto(fixedRoutes.search);
  await page.getByRole('searchbox', { name: 'Search the explainers' }).pressSequentially(term);
  await expect(page.getByRole('status')).toContainText(`“${term}”`);
  return results(page);
}

test('results appear while typing, with no Enter, and their number is announced', async ({ page }) => {
  const list = await typeSearch(page, 'marmalade');
  await expect(page.getByRole('status')).toHaveText('1 piece matches “marmalade”.');
  await expect(list.getByRole('heading', { level: 2 })).toHaveText([
    'An earlier piece with a poll of its own',
  ]);
  await expect(list.getByRole('link').first()).toHaveAttribute('href', piecePath('earlier-piece'));
  // The address follows the query, so the results can be shared.
  await expect(page).toHaveURL(/\?q=marmalade$/);
});

test('while results are shown, no piece is listed twice on the page', async ({ page }) => {
  await typeSearch(page, 'piece');
  await expect(page.getByRole('region', { name: 'All explainers' })).toBeHidden();
  for (const title of ['A piece that uses every component', 'A later piece on sharing']) {
    await expect(page.getByRole('link', { name: title, exact: true }).filter({ visible: true })).toHaveCount(
      1,
    );
  }
  // Clearing the box brings the list of every piece back.
  await page.getByRole('searchbox').fill('');
  await expect(page.getByRole('region', { name: 'All explainers' })).toBeVisible();
  await expect(results(page).getByRole('listitem')).toHaveCount(0);
});

test('each result links to a section or answer that exists, and lands on it', async ({ page }) => {
  const list = await typeSearch(page, 'surprises');
  const section = list.getByRole('link', { name: 'Callouts in a piece', exact: true });
  await expect(section).toHaveAttribute('href', `${lead.path}#callouts-in-a-piece`);
  for (const href of await list
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    const [path, id] = href.split('#');
    if (!id) continue;
    const target = await page.context().newPage();
    await target.goto(href);
    await expect(target.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
    await target.close();
  }
  await section.click();
  await expect(page.getByRole('heading', { name: 'Callouts in a piece', exact: true })).toBeInViewport();
});

test('an FAQ answer is a result of its own that lands on the answer', async ({ page }) => {
  const list = await typeSearch(page, 'fixture');
  const question = lead.questions[0]!;
  const answer = list.getByRole('link', { name: question.q });
  await expect(answer).toHaveAttribute('href', `${lead.path}#${question.id}`);
  await answer.click();
  await expect(page.locator(`[id="${question.id}"]`)).toBeInViewport();
});

test('snippets read cleanly: no footnote numbers, no callout titles cut in half', async ({ page }) => {
  const opening = await typeSearch(page, 'citation');
  await expect(opening).toContainText('with a citation. It names the harbour');
  const inCallout = await typeSearch(page, 'surprises');
  await expect(inCallout).not.toContainText('Know?');
  await expect(inCallout).toContainText('A fact that surprises the reader.');
});

test('the opening paragraphs are not listed under the update log that precedes them', async ({ page }) => {
  const list = await typeSearch(page, 'harbour');
  await expect(list.getByRole('link', { name: 'Updates' })).toHaveCount(0);
  await expect(list).toContainText('It names the harbour');
});

test('with JavaScript the no-search hint is gone', async ({ page }) => {
  await page.goto(fixedRoutes.search);
  await expect(page.getByText('Search needs JavaScript.')).toBeHidden();
});

test('a word only the draft holds finds nothing, and says so', async ({ page }) => {
  await typeSearch(page, 'quetzal');
  await expect(page.getByRole('status')).toHaveText('No results for “quetzal”.');
});

test('only pieces are indexed: not the style guide, nor the share pages that repeat FAQ answers', async ({
  page,
}) => {
  // "quote" appears only on the style guide.
  await typeSearch(page, 'quote');
  await expect(page.getByRole('status')).toHaveText('No results for “quote”.');
  // An FAQ answer's words are on the piece and on its share page; only the piece is a result.
  const list = await typeSearch(page, 'depend');
  await expect(page.getByRole('status')).toHaveText('1 piece matches “depend”.');
  await expect(list.getByRole('heading', { level: 2 })).toHaveCount(1);
});

test('keyboard only: "/" opens search, Enter searches at once, Tab reaches the results', async ({ page }) => {
  await page.goto(lead.path);
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search\/#search-input$/);
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('lighthouses');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('lighthouses');
  // As a reader would: Tab once the results are on screen (under load they follow the status).
  await expect(results(page).getByRole('link').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(results(page).getByRole('link').first()).toBeFocused();
  // On the search page, "/" brings focus back to the box.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('a search link with ?q= runs the search on arrival', async ({ page }) => {
  await page.goto(`${fixedRoutes.search}?q=lighthouses`);
  await expect(page.getByRole('searchbox')).toHaveValue('lighthouses');
  await expect(results(page).getByRole('link').first()).toHaveAttribute('href', piecePath('later-piece'));
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
  await expect(
    page.getByRole('list', { name: 'All explainers' }).getByRole('heading', { level: 3 }),
  ).toHaveText([
    'A later piece on sharing',
    'A piece that uses every component',
    'An earlier piece with a poll of its own',
    'A piece with pictures and a map',
    'A piece with a timeline and a glossary',
  ]);
  await expect(page.getByRole('list', { name: 'All topics' }).getByRole('link')).toHaveText([
    'Polls',
    'Sharing',
    'Design',
    'Maps',
    'History',
  ]);
  await context.close();
});

test('the search page with results passes axe', async ({ page }) => {
  await typeSearch(page, 'fixture');
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});
