import { expect, test, type Page } from '@playwright/test';
import { path } from './launch-piece.ts';

const pages = ['/', path, '/404.html', '/tags/', '/tags/japan/', '/style-guide/', '/search/'];

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== page.url())
      errors.push(`${response.url()} ${response.status()}`);
  });
  return errors;
}

for (const url of pages) {
  test(`${url} loads with no console errors or failed requests`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });

  test(`${url} has a skip link, one h1, header, main and footer landmarks`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(1);
    await expect(page.getByRole('banner')).toContainText('The Explainer');
    const siteNav = page.getByRole('navigation', { name: 'Site' });
    await expect(siteNav.getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    await expect(siteNav.getByRole('link', { name: 'Search' })).toHaveAttribute('aria-keyshortcuts', '/');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toContainText('The Explainer');
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

test('the home page lists published pieces newest first with title, dek and date', async ({ page }) => {
  await page.goto('/');
  const items = page.getByRole('list', { name: 'Latest explainers' }).getByRole('listitem');
  await expect(items.first().getByRole('heading', { level: 2 })).toContainText('Japan and Vietnam');
  await expect(items.first()).toContainText('Shigeru Ishiba');
  await expect(items.first().locator('time')).toHaveAttribute('datetime', '2025-04-29');
  const dates = await items
    .locator('time')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort().reverse());
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
});

for (const url of ['/', '/404.html']) {
  test(`${url} ships no client JavaScript but the search shortcut`, async ({ page }) => {
    await page.goto(url);
    const scripts = await page.locator('script:not([type="application/ld+json"])').allTextContents();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('/search/');
    expect(scripts[0]!.length).toBeLessThan(512);
  });
}

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-piece/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /home page/ })).toHaveAttribute('href', '/');
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

test('print hides navigation and keeps every FAQ answer', async ({ page }) => {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'In this piece' })).toBeHidden();
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
  await expect(noJs.getByRole('link', { name: /^Link to this answer: / })).toHaveCount(5);
  await expect(noJs.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await context.close();
});

test('a piece links its topics; a topic page lists the piece; the topics index lists the topic', async ({
  page,
}) => {
  await page.goto(path);
  const topics = page.getByRole('list', { name: 'Topics' });
  await expect(topics.getByRole('link')).toHaveText([
    'Japan',
    'Vietnam',
    'Security',
    'Trade',
    'Southeast Asia',
    'Diplomacy',
  ]);
  await topics.getByRole('link', { name: 'Southeast Asia' }).click();
  await expect(page).toHaveURL(/\/tags\/southeast-asia\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topic: Southeast Asia');
  await expect(
    page.getByRole('list', { name: 'Explainers about Southeast Asia' }).getByRole('link'),
  ).toHaveAttribute('href', path);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Topics' }).click();
  await expect(page.getByRole('link', { name: 'Southeast Asia' })).toHaveAttribute(
    'href',
    '/tags/southeast-asia/',
  );
});

test('the style guide renders every component, and is kept out of search engines and the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/style-guide/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  for (const title of ['Expert Tip', 'Did You Know?', 'Quick Fact', 'Editor’s Note', 'By the numbers']) {
    await expect(page.getByRole('complementary', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('group', { name: 'Which matters more?' }).getByRole('radio')).toHaveCount(3);
  await expect(page.getByRole('heading', { name: 'What is an alias?' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pros' })).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(2);
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  expect(await (await request.get('/sitemap-0.xml')).text()).not.toContain('style-guide');
});
