import { expect, test, type Page } from '@playwright/test';
import { absoluteUrl, site } from '../../../src/site.config.ts';
import { fixedRoutes, piecePath, pollResultsPath, sharePath, tagPath } from '../../../src/lib/routes.ts';
import { watchForProblems } from '../../support/page-problems.ts';
import { lead } from '../../support/piece-source.ts';
import { DEFAULT_EDITION } from '../../../src/features/editions/editions.ts';

const { path } = lead;
/** One page of every kind the site has. */
const pages = [
  fixedRoutes.home,
  path,
  sharePath(lead.slug, lead.questions[0]!.id),
  fixedRoutes.notFound,
  fixedRoutes.tags,
  tagPath('polls', DEFAULT_EDITION),
  fixedRoutes.styleGuide,
  fixedRoutes.search,
  pollResultsPath('fixture-poll', DEFAULT_EDITION),
];

for (const url of pages) {
  test(`${url} loads with no error, with a skip link, one h1, header, main and footer landmarks`, async ({
    page,
    baseURL,
  }) => {
    const problems = await watchForProblems(page, baseURL!);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(1);
    await expect(page.getByRole('banner')).toContainText(site.name);
    const siteNav = page.getByRole('navigation', { name: 'Site' });
    await expect(siteNav.getByRole('link', { name: 'Search' })).toHaveAttribute('href', fixedRoutes.search);
    await expect(siteNav.getByRole('link', { name: 'Search' })).toHaveAttribute('aria-keyshortcuts', '/');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toContainText(site.name);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

test('the front page leads with the newest piece, then lists the others newest first', async ({ page }) => {
  await page.goto(fixedRoutes.home);
  const lead = page.getByRole('region', { name: 'Latest explainer' });
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText('A later piece on sharing');
  await expect(lead).toContainText('By Second Author');
  await expect(lead.locator('time')).toHaveAttribute('datetime', '2025-07-01');
  const more = page.getByRole('list', { name: 'More explainers' }).getByRole('listitem');
  await expect(more.getByRole('heading', { level: 3 })).toHaveText([
    'A piece that uses every component',
    'An earlier piece with a poll of its own',
    'A piece with pictures and a map',
    'A piece with a timeline and a glossary',
  ]);
  await expect(more.first()).toContainText('lead piece, with every component an editor can write');
  expect(
    await more.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))),
  ).toEqual(['2025-05-01', '2025-03-01', '2025-02-01', '2025-01-15']);
  await more.first().getByRole('link', { name: 'A piece that uses every component' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
});

for (const url of [fixedRoutes.home, fixedRoutes.notFound]) {
  test(`${url} ships no client JavaScript but the search shortcut`, async ({ page }) => {
    await page.goto(url);
    const scripts = await page.locator('script:not([type="application/ld+json"])').allTextContents();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('data-search-link');
    expect(scripts[0]!.length).toBeLessThan(512);
  });
}

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto(piecePath('no-such-piece'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /home page/ })).toHaveAttribute('href', fixedRoutes.home);
});

test('the page follows the system colour scheme, with no script involved', async ({ page }) => {
  const backgroundLightness = async () =>
    page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  expect(await backgroundLightness()).toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await backgroundLightness()).toBeLessThan(50);
});

test('print keeps the masthead and the piece’s address, hides navigation and keeps every FAQ answer', async ({
  page,
}) => {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toContainText(site.name);
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'In this piece' })).toBeHidden();
  await expect(page.getByText(absoluteUrl(path), { exact: true })).toBeVisible();
  for (const answer of await page.locator('.qa .answer').all()) await expect(answer).toBeVisible();
});

/** The piece's text, without the link controls that JavaScript relabels ("Copy link"). */
const readableText = (page: Page) =>
  page.getByRole('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-copy-link], .share-button').forEach((control) => control.remove());
    return copy.textContent!.replace(/\s+/g, ' ');
  });

test('with JavaScript disabled the whole piece reads the same', async ({ browser, page }) => {
  await page.goto(path);
  const withJs = await readableText(page);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(path);
  expect(await readableText(noJs)).toBe(withJs);
  await expect(noJs.getByRole('link', { name: /^Link to this answer: / })).toHaveCount(lead.questions.length);
  await expect(noJs.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await context.close();
});

test('a piece links its topics; a topic page lists its pieces; the topics index lists only topics in use', async ({
  page,
}) => {
  await page.goto(path);
  const topics = page.getByRole('list', { name: 'Topics' });
  await expect(topics.getByRole('link')).toHaveText(['Design', 'Polls', 'Sharing']);
  await topics.getByRole('link', { name: 'Polls' }).click();
  await expect(page).toHaveURL(new RegExp(`${tagPath('polls', DEFAULT_EDITION)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Polls');
  await expect(page).toHaveTitle(/^Topic: Polls/);
  // Each piece's headline one level below the topic's, so a screen reader's outline skips none.
  await expect(
    page.getByRole('list', { name: 'Explainers about Polls' }).getByRole('heading', { level: 2 }),
  ).toHaveText(['A piece that uses every component', 'An earlier piece with a poll of its own']);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Topics' }).click();
  const index = page.getByRole('main').getByRole('listitem');
  await expect(index).toHaveText([
    'Polls (2 pieces)',
    'Sharing (2 pieces)',
    'Design (2 pieces)',
    'Maps (1 piece)',
    'History (1 piece)',
  ]);
});

test('the style guide renders every component, and is kept out of search engines and the sitemap', async ({
  page,
  request,
}) => {
  await page.goto(fixedRoutes.styleGuide);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  for (const title of ['Expert Tip', 'Did You Know?', 'Quick Fact', 'Editor’s Note', 'By the numbers']) {
    await expect(page.getByRole('complementary', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('group', { name: 'Which matters more?' }).getByRole('radio')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'What is an alias?' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pros' })).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(4);
  await expect(
    page.getByRole('img', { name: 'A drawn landscape: a sun over hills and water' }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Map, highlighting Japan and Vietnam, marking Hanoi and Tokyo' }),
  ).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await expect(page.locator('ol.timeline').locator('time')).toHaveText(['November 2023', '28 April 2025']);
  // The newsroom's glossary explains "popover", which the style guide's text uses.
  await page.getByRole('button', { name: 'popover', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'popover' })).toBeVisible();
  expect(await (await request.get(fixedRoutes.sitemap)).text()).not.toContain('style-guide');
});

test('names with Vietnamese diacritics render in the site’s own text face, not a system font', async ({
  page,
}) => {
  await page.goto(fixedRoutes.styleGuide);
  await expect(page.getByText('Phạm Minh Chính', { exact: false })).toBeVisible();
  // The browser loads the face whose unicode range holds the marks (U+1EA0–1EF9) only when the
  // page uses them: it is loaded, so the name is drawn in it.
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.status === 'loaded' && face.unicodeRange.includes('U+1EA0-1EF9'))
      .map((face) => face.family);
  });
  expect(loaded.some((family) => family.startsWith('Source Serif 4'))).toBe(true);
});
