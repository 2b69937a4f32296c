import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { calloutTitles, path, questions, sectionHeadings } from './launch-piece.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(path);
});

test('the source gives the tests something to check', () => {
  expect(sectionHeadings.length).toBeGreaterThanOrEqual(10);
  expect(calloutTitles).toEqual(['Expert Tip', 'Did You Know?', 'Editor’s Note', 'Quick Fact']);
  expect(questions).toHaveLength(5);
});

test('every section of the piece is there as a heading at its level', async ({ page }) => {
  for (const { level, text } of sectionHeadings) {
    await expect(page.getByRole('heading', { level, name: text, exact: true })).toBeVisible();
  }
});

test('every callout is a complementary region announced by its visible title', async ({ page }) => {
  for (const title of calloutTitles) {
    const callout = page.getByRole('complementary', { name: title });
    await expect(callout).toBeVisible();
    await expect(callout).toContainText(title);
  }
});

test('the header shows headline, dek, byline, dateline, dates and reading time', async ({ page }) => {
  const header = page.getByRole('article').locator('header').first();
  await expect(header.getByRole('heading', { level: 1 })).toContainText('Japan and Vietnam');
  await expect(header).toContainText('Shigeru Ishiba');
  await expect(header).toContainText('By The Explainer staff');
  await expect(header).toContainText('Hanoi');
  await expect(header.locator('time[datetime="2025-04-29"]')).toHaveText('29 April 2025');
  await expect(header.locator('time[datetime="2025-12-04"]')).toHaveText('4 December 2025');
  await expect(header).toContainText(/\d+ min read/);
});

test('the update log reports the first 2+2 meeting with its source', async ({ page }) => {
  const updates = page.getByRole('region', { name: 'Updates' });
  await expect(updates.locator('time[datetime="2025-12-04"]')).toBeVisible();
  await expect(updates).toContainText('held in Tokyo on 4 December 2025');
  await expect(updates.getByRole('link', { name: 'Viet Nam News' })).toHaveAttribute(
    'href',
    /^https:\/\/vietnamnews\.vn\//,
  );
});

test('citations link to a visible Sources list with the real links, and back', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  const sources = page.locator('section[data-footnotes] li');
  await expect(sources).toHaveCount(3);
  for (const host of [
    'asahi.com',
    'asianews.network',
    'en.qdnd.vn',
    'nippon.com',
    'english.vov.vn',
    'mofa.go.jp',
  ]) {
    await expect(page.locator(`section[data-footnotes] a[href*="${host}"]`)).toHaveCount(1);
  }
  await page.locator('a[data-footnote-ref]').first().click();
  await expect(page.locator(':target')).toHaveText(/Vietnamese workers in Japan/);
});

test('the table of contents lists h2 and h3 sections but not Sources', async ({ page }) => {
  const toc = page.getByRole('navigation', { name: 'In this piece' });
  for (const { text } of sectionHeadings)
    await expect(toc.getByRole('link', { name: text, exact: true })).toBeVisible();
  await expect(toc.getByRole('link', { name: 'Sources' })).toHaveCount(0);
});

test('every section heading has a copy-link control with an accessible label', async ({ page }) => {
  for (const { text } of sectionHeadings) {
    await expect(page.getByRole('link', { name: `Copy link to section: ${text}`, exact: true })).toHaveCount(
      1,
    );
  }
});

test('the editor’s note corrects the Trump timeline', async ({ page }) => {
  await expect(page.getByRole('complementary', { name: 'Editor’s Note' })).toContainText('20 January 2025');
});

test('pros and cons have headings and sit side by side on wide screens, stacked on narrow', async ({
  page,
}) => {
  const pros = page.getByRole('region', { name: 'Pros' });
  const cons = page.getByRole('region', { name: 'Cons' });
  await expect(pros.getByRole('heading', { name: 'Pros' })).toBeVisible();
  await expect(cons.getByRole('listitem')).toHaveCount(4);
  const [wideP, wideC] = [await pros.boundingBox(), await cons.boundingBox()];
  expect(wideC!.y).toBe(wideP!.y);
  expect(wideC!.x).toBeGreaterThan(wideP!.x);

  await page.setViewportSize({ width: 380, height: 800 });
  const [narrowP, narrowC] = [await pros.boundingBox(), await cons.boundingBox()];
  expect(narrowC!.y).toBeGreaterThanOrEqual(narrowP!.y + narrowP!.height);
});

test('the interview labels each speaker and reads as an excerpt', async ({ page }) => {
  const interview = page.getByRole('figure');
  await expect(interview.locator('.speaker')).toHaveText(['Time.news:', 'Dr. Sharma:']);
  await expect(interview).toContainText('Interview by Time.news (excerpt)');
  await expect(interview).toContainText('helping to offset labor shortages.');
});

test('the only client JavaScript is three small islands: copy links, the search shortcut and the poll', async ({
  page,
}) => {
  const scripts = await page.locator('script:not([type="application/ld+json"])').allTextContents();
  expect(scripts).toHaveLength(3);
  expect(gzipSync(scripts.join('')).length).toBeLessThan(2048);
  expect(scripts.some((code) => code.includes('data-copy-link'))).toBe(true);
  expect(scripts.some((code) => code.includes('/search/'))).toBe(true);
  expect(scripts.some((code) => code.includes('data-poll-live'))).toBe(true);
});

test('with no other published piece, no related reading or previous/next links are shown', async ({
  page,
}) => {
  await expect(page.getByRole('heading', { name: 'Related reading' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'More explainers by date' })).toHaveCount(0);
});
