import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { piecePath } from '../../../src/lib/routes.ts';
import { PIECE_BUDGET } from '../../../src/tooling/budgets.ts';
import { lead } from '../../support/piece-source.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(lead.path);
});

test('the fixture gives the tests something to check', () => {
  expect(lead.sectionHeadings.length).toBeGreaterThanOrEqual(5);
  expect(lead.calloutTitles).toEqual([
    'Expert Tip',
    'Did You Know?',
    'Quick Fact',
    'Editor’s Note',
    'A custom title',
  ]);
  expect(lead.questions.length).toBeGreaterThanOrEqual(3);
});

test('every section of the piece is there as a heading at its level', async ({ page }) => {
  for (const { level, text } of lead.sectionHeadings) {
    await expect(page.getByRole('heading', { level, name: text, exact: true })).toBeVisible();
  }
});

test('every callout is a complementary region announced by its visible title', async ({ page }) => {
  for (const title of lead.calloutTitles) {
    const callout = page.getByRole('complementary', { name: title });
    await expect(callout).toBeVisible();
    await expect(callout).toContainText(title);
  }
});

test('the header shows headline, dek, every author, dateline, both dates and reading time', async ({
  page,
}) => {
  const header = page.getByRole('article').locator('header').first();
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('A piece that uses every component');
  await expect(header).toContainText('lead piece, with every component an editor can write');
  await expect(header).toContainText('By Test Desk and Second Author');
  await expect(header).toContainText('Lisbon');
  await expect(header.locator('time[datetime="2025-05-01"]')).toHaveText('1 May 2025');
  await expect(header.locator('time[datetime="2025-06-10"]')).toHaveText('10 June 2025');
  await expect(header).toContainText(/\d+ min read/);
});

test('the update log lists updates newest first, with a source where there is one', async ({ page }) => {
  const updates = page.getByRole('region', { name: 'Updates' });
  expect(
    await updates.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime'))),
  ).toEqual(['2025-06-10', '2025-05-20']);
  await expect(updates.getByRole('link', { name: 'Example Source' })).toHaveAttribute(
    'href',
    'https://example.com/update',
  );
});

test('citations link to a visible Sources list, and back', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  const sources = page.locator('section[data-footnotes] li');
  await expect(sources).toHaveCount(2);
  await expect(page.locator('section[data-footnotes] a[href="https://example.com/first"]')).toHaveCount(1);
  await page.locator('a[data-footnote-ref]').first().click();
  await expect(page.locator(':target')).toHaveText(/A first source/);
});

test('the table of contents lists h2 and h3 sections but not Sources', async ({ page }) => {
  const toc = page.getByRole('navigation', { name: 'In this piece' });
  for (const { text } of lead.sectionHeadings)
    await expect(toc.getByRole('link', { name: text, exact: true })).toBeVisible();
  await expect(toc.getByRole('link', { name: 'Sources' })).toHaveCount(0);
});

test('every section heading has a copy-link control with an accessible label', async ({ page }) => {
  for (const { text } of lead.sectionHeadings) {
    await expect(page.getByRole('link', { name: `Copy link to section: ${text}`, exact: true })).toHaveCount(
      1,
    );
  }
});

test('pros and cons have headings and sit side by side on wide screens, stacked on narrow', async ({
  page,
}) => {
  const pros = page.getByRole('region', { name: 'Pros' });
  const cons = page.getByRole('region', { name: 'Cons' });
  await expect(pros.getByRole('heading', { name: 'Pros' })).toBeVisible();
  await expect(cons.getByRole('listitem')).toHaveCount(1);
  const [wideP, wideC] = [await pros.boundingBox(), await cons.boundingBox()];
  expect(wideC!.y).toBe(wideP!.y);
  expect(wideC!.x).toBeGreaterThan(wideP!.x);

  await page.setViewportSize({ width: 380, height: 800 });
  const [narrowP, narrowC] = [await pros.boundingBox(), await cons.boundingBox()];
  expect(narrowC!.y).toBeGreaterThanOrEqual(narrowP!.y + narrowP!.height);
});

test('the interview labels each speaker and reads as an excerpt', async ({ page }) => {
  const interview = page.getByRole('figure');
  await expect(interview.locator('.speaker')).toHaveText(['Interviewer:', 'Tester:']);
  await expect(interview).toContainText('Interview by The Test Desk (excerpt)');
});

test('a complete interview does not say it is an excerpt', async ({ page }) => {
  await page.goto(piecePath('later-piece'));
  await expect(page.getByRole('figure')).toContainText('Interview by The Test Desk.');
  await expect(page.getByRole('figure')).not.toContainText('excerpt');
});

test('the only client JavaScript is five small islands: copy links, the search shortcut, the poll, the quote links’ loader and the language switcher', async ({
  page,
}) => {
  const scripts = await page.locator('script:not([type="application/ld+json"])').allTextContents();
  expect(scripts).toHaveLength(5);
  expect(gzipSync(scripts.join('')).length).toBeLessThan(PIECE_BUDGET.jsGzip);
  expect(scripts.some((code) => code.includes('data-copy-link'))).toBe(true);
  expect(scripts.some((code) => code.includes('data-search-link'))).toBe(true);
  expect(scripts.some((code) => code.includes('data-poll-live'))).toBe(true);
  expect(scripts.some((code) => code.includes('selectionchange'))).toBe(true);
  expect(scripts.some((code) => code.includes('data-keep-place'))).toBe(true);
});

test('related reading and previous/next lead to the pieces that belong with it', async ({ page }) => {
  const related = page.getByRole('region', { name: 'Related reading' });
  await expect(related.getByRole('heading', { level: 3 })).toHaveText([
    'A later piece on sharing',
    'An earlier piece with a poll of its own',
  ]);
  const nav = page.getByRole('navigation', { name: 'More explainers by date' });
  await expect(nav.getByRole('link', { name: /Previous/ })).toHaveAttribute(
    'href',
    piecePath('earlier-piece'),
  );
  await expect(nav.getByRole('link', { name: /Next/ })).toHaveAttribute('href', piecePath('later-piece'));
});
