import { expect, test, type Page } from '@playwright/test';
import { lead } from '../../support/piece-source.ts';

const { path, questions, sectionHeadings } = lead;

/** Presses Tab until the element matching `selector` has focus, as a keyboard user would. */
async function tabTo(page: Page, name: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (label === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto(path);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('keyboard only: a table-of-contents link moves focus to its section', async ({ page }) => {
  await page.goto(path);
  const section = sectionHeadings.find((h) => h.level === 3)!;
  await tabTo(page, section.text);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: section.text, exact: true });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  // The next Tab continues from the section, not from the table of contents.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: `Copy link to section: ${section.text}` })).toBeFocused();
});

test('keyboard only: an FAQ answer link focuses that answer', async ({ page }) => {
  await page.goto(path);
  const { q, id } = questions[0]!;
  await tabTo(page, `Copy link to this answer: ${q}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.getByRole('heading', { name: q })).toBeFocused();
});
