import { expect, test, type Page } from '@playwright/test';
import { piecePath } from '../../../src/lib/routes.ts';

/** The newsroom's piece with glossary terms (tests/fixtures/newsroom/pieces/timeline-piece.mdx). */
const path = piecePath('timeline-piece');
const term = (page: Page, name: string) =>
  page.locator('article').getByRole('button', { name, exact: true }).first();
const definition = (page: Page, name: string) => page.getByRole('dialog', { name });

/** What Chromium tells screen readers about the focused element: its role, name, states and relations. */
async function focused(page: Page) {
  const session = await page.context().newCDPSession(page);
  const { backendNodeId } = (
    await session.send('DOM.describeNode', {
      objectId: (await session.send('Runtime.evaluate', { expression: 'document.activeElement' })).result
        .objectId!,
    })
  ).node;
  const { nodes } = await session.send('Accessibility.getPartialAXTree', {
    backendNodeId,
    fetchRelatives: false,
  });
  const properties = Object.fromEntries(
    (nodes[0]?.properties ?? []).map(({ name, value }) => [
      name,
      value.relatedNodes ? value.relatedNodes.map((node) => node.idref) : value.value,
    ]),
  );
  return { role: nodes[0]?.role?.value, name: nodes[0]?.name?.value, ...properties };
}

test('the first use of each term in the text is a button; headings, links and turned-off terms are not', async ({
  page,
}) => {
  await page.goto(path);
  await expect(page.locator('article .glossary-term').filter({ visible: true })).toHaveText([
    'popover',
    'text fragment',
    'colophon',
  ]);
  await expect(page.getByRole('button', { name: 'almanac' })).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: 'The colophon, in a heading' }).getByRole('button'),
  ).toHaveCount(0);
  // The definitions wait off screen, out of the way of screen readers too.
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term opens its definition; Esc, a click outside and Close each close it', async ({ page }) => {
    await page.goto(path);
    const popover = term(page, 'popover');
    const note = definition(page, 'popover');

    await popover.click();
    await expect(note).toBeVisible();
    await expect(note).toContainText('A box that opens over the page when its button is pressed');
    await expect(note).toContainText('Source: The test desk');
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();

    await popover.click();
    await expect(note).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(note).toBeHidden();

    await popover.click();
    await note.getByRole('button', { name: 'Close' }).click();
    await expect(note).toBeHidden();
  });

  test('a related term on the page opens over the first, and both close in turn', async ({ page }) => {
    await page.goto(path);
    await term(page, 'popover').click();
    await definition(page, 'popover').getByRole('button', { name: 'text fragment' }).click();
    await expect(definition(page, 'text fragment')).toBeVisible();
    await expect(definition(page, 'popover')).toBeVisible();
    // One not on the page is named, not linked.
    await expect(definition(page, 'popover')).toContainText('See also: text fragment, gazetteer');
    await expect(definition(page, 'popover').getByRole('button', { name: 'gazetteer' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(definition(page, 'text fragment')).toBeHidden();
    await expect(definition(page, 'popover')).toBeVisible();
  });
});

test('by keyboard: Enter opens, Tab moves into the definition, Esc closes it and focus goes back to the term', async ({
  page,
}) => {
  await page.goto(path);
  const popover = term(page, 'popover');
  await popover.focus();
  await page.keyboard.press('Enter');
  await expect(definition(page, 'popover')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(definition(page, 'popover').getByRole('button', { name: 'text fragment' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(definition(page, 'popover')).toBeHidden();
  await expect(popover).toBeFocused();
});

test('screen readers hear the term as a button that is collapsed or expanded, with the definition as its details', async ({
  page,
}) => {
  await page.goto(path);
  const popover = term(page, 'popover');
  await popover.focus();
  expect(await focused(page)).toMatchObject({ role: 'button', name: 'popover', expanded: false });
  await page.keyboard.press('Enter');
  expect(await focused(page)).toMatchObject({
    role: 'button',
    name: 'popover',
    expanded: true,
    details: ['glossary-popover'],
  });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(popover).toBeFocused();
});

test('on paper the definitions print after the text as notes, without their Close buttons', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(path);
  const notes = page.locator('.glossary-notes');
  await expect(notes.getByText('Terms explained')).toBeVisible();
  for (const [name, text] of [
    ['popover', 'A box that opens over the page'],
    ['text fragment', 'The end of a link that names a passage'],
    ['colophon', 'A note at the end of a book'],
  ] as const) {
    await expect(notes.locator('dfn', { hasText: name })).toBeVisible();
    await expect(notes.getByText(text)).toBeVisible();
  }
  await expect(notes.getByRole('button', { name: 'Close' })).toHaveCount(0);
});
