import { expect, test, type Locator, type Page } from '@playwright/test';
import { lead } from '../../support/piece-source.ts';

const { path, questions } = lead;

/** Whether the element is the topmost thing at its centre: not hidden under a header or overlay. */
async function isUncovered(target: Locator) {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
    return hit !== null && (element.contains(hit) || hit.contains(element));
  });
}

async function expectAnswerShown(page: Page, id: string, focused: Locator) {
  const heading = page.locator(`h3[id="${id}"]`);
  const entry = page.locator('.qa').filter({ has: heading });
  await expect(focused).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await isUncovered(heading)).toBe(true);
  await expect(entry.locator('.answer')).toBeVisible();
  // Highlighted: the targeted entry looks different from the others.
  const background = (l: Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
  const other = page.locator('.qa').filter({ hasNot: heading }).first();
  expect(await background(entry)).not.toBe(await background(other));
}

for (const { q, id, aliases } of questions) {
  test(`a shared link to #${id} lands on its answer, focused, in view and highlighted`, async ({ page }) => {
    await page.goto(`${path}#${id}`);
    await expect(page.getByRole('heading', { name: q, level: 3 })).toHaveId(id);
    await expectAnswerShown(page, id, page.locator(`[id="${id}"]`));
  });

  for (const alias of aliases) {
    test(`the old link #${alias} lands on the same answer as #${id}`, async ({ page }) => {
      await page.goto(`${path}#${alias}`);
      const group = page.getByRole('group', { name: q });
      await expect(group).toHaveId(alias);
      await expectAnswerShown(page, id, group);
    });
  }
}

test('following a deep link from within the page does the same, and Back returns', async ({ page }) => {
  await page.goto(path);
  const { q, id } = questions[2]!;
  const link = page.getByRole('link', { name: `Copy link to this answer: ${q}` });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expectAnswerShown(page, id, page.locator(`[id="${id}"]`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  // Back returns to where the reader was: the link they followed is in view again.
  await expect(link).toBeInViewport();
});

test('with JavaScript off a deep link still lands on its visible answer', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { id, aliases } = questions.find((question) => question.aliases.length > 0)!;
  for (const anchor of [id, ...aliases]) {
    await page.goto(`${path}#${anchor}`);
    await expect(page.locator(`h3[id="${id}"]`)).toBeInViewport();
    await expect(
      page
        .locator('.qa')
        .filter({ has: page.locator(`h3[id="${id}"]`) })
        .locator('.answer'),
    ).toBeVisible();
  }
  await context.close();
});
