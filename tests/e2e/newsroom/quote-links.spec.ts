import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { piecePath } from '../../../src/lib/routes.ts';
import { site } from '../../../src/site.config.ts';
import { highlightedPixels } from '../../support/highlight.ts';

/** The newsroom's piece with passages to quote (tests/fixtures/newsroom/pieces/timeline-piece.mdx). */
const path = piecePath('timeline-piece');
const lanterns = 'Lanterns hang along the harbour wall, and every evening the keeper lights them one by one.';
const twice = 'The same sentence appears in two sections.';
const isScript = (url: string) => /\/_astro\/quote-link\.[\w-]+\.js$/.test(url);

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 390, height: 600 } });

/** Selects a paragraph's text with the mouse, as a reader does. */
async function dragAcross(page: Page, text: string) {
  const paragraph = page.locator('p', { hasText: text });
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 1, box.y + box.height - 4, { steps: 8 });
  await page.mouse.up();
}

/** Selects the `nth` paragraph that holds `text`, whole. */
const selectParagraph = (page: Page, text: string, nth: number) =>
  page.evaluate(
    ([text, nth]) => {
      const paragraph = [...document.querySelectorAll('p')].filter((p) => p.textContent === text)[nth]!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [text, nth] as const,
  );

const copyButton = (page: Page) => page.getByRole('button', { name: 'Copy link to this quote' });
const copied = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** A copied link, on the server under test: links are made on the site's own address. */
const local = (url: string) => url.replace(site.url, '');

test('the first view loads no quote script; the first selection loads it, under 4 KB gzip', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => void (isScript(request.url()) && scripts.push(request.url())));
  await page.goto(path, { waitUntil: 'networkidle' });
  await expect(copyButton(page)).toHaveCount(0);
  expect(scripts).toEqual([]);

  const loaded = page.waitForResponse((response) => isScript(response.url()));
  await dragAcross(page, lanterns);
  const script = await (await loaded).body();
  expect(gzipSync(script).length).toBeLessThan(4 * 1024);
  await expect(copyButton(page)).toBeVisible();
});

test('round trip: select, Tab to the button, copy; the link opens the piece at the passage, highlighted', async ({
  page,
  context,
}) => {
  await page.goto(path);
  await dragAcross(page, lanterns);
  await expect(copyButton(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(copyButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText('Link copied');
  const link = await copied(page);
  expect(link).toBe(`${site.url}${path}#passages-to-link-to:~:text=Lanterns%20hang%20along,one%20by%20one`);

  const reader = await context.newPage();
  await reader.goto(local(link));
  const passage = reader.locator('p', { hasText: lanterns });
  await expect(passage).toBeInViewport();
  await expect.poll(() => reader.evaluate(() => scrollY)).toBeGreaterThan(0);
  await expect.poll(() => highlightedPixels(passage)).toBeGreaterThan(100);
});

test('a passage whose words come earlier too is told apart: the link lands on the one selected', async ({
  page,
  context,
}) => {
  await page.goto(path);
  await selectParagraph(page, twice, 1);
  await copyButton(page).click();
  const link = await copied(page);
  expect(link).toContain('#a-second-section:~:text=');

  const reader = await context.newPage();
  await reader.goto(local(link));
  const [first, second] = [0, 1].map((nth) => reader.locator('p', { hasText: twice }).nth(nth));
  await expect(second!).toBeInViewport();
  await expect.poll(() => highlightedPixels(second!)).toBeGreaterThan(100);
  expect(await highlightedPixels(first!)).toBe(0);
});

test('a link whose text the piece no longer has still opens at its section', async ({ page }) => {
  await page.goto(`${path}#a-second-section:~:text=words%20this%20piece%20never%20had`);
  await expect(page.getByRole('heading', { name: 'A second section' })).toBeInViewport();
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('the button goes when the selection does, or with Esc', async ({ page }) => {
  await page.goto(path);
  await dragAcross(page, lanterns);
  await expect(copyButton(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(copyButton(page)).toHaveCount(0);
  await selectParagraph(page, twice, 0);
  await expect(copyButton(page)).toBeVisible();
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await expect(copyButton(page)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('selecting text offers nothing', async ({ page }) => {
    await page.goto(path);
    await page.locator('p', { hasText: lanterns }).selectText();
    expect(await page.evaluate(() => getSelection()!.toString())).toBe(lanterns);
    await expect(copyButton(page)).toHaveCount(0);
  });
});
