import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { piecesDir } from '../../../src/lib/content-paths.ts';
import { LAUNCH_PIECE } from '../../support/editor-content.ts';
import { expect, test } from '../../support/editor-test.ts';

/**
 * The workspace an editor spends the day in, at 1440 px: the site's faces and controls, days as
 * the site writes them, panes that fold and resize so the text gets the room, shortcuts for Save
 * and Insert. After a deliberate change of design, refresh the screenshots:
 * npx playwright test --project=editor workspace --update-snapshots
 */
test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 1440, height: 900 } });

/** The editor with the launch piece open, its faces loaded, the layout as a first visit has it. */
async function openLaunchPiece({
  editor,
  page,
}: {
  editor: import('../../support/editor-page.ts').EditorPage;
  page: import('@playwright/test').Page;
}) {
  await editor.goto();
  await page.evaluate(() => localStorage.clear());
  await editor.goto();
  await editor.open('Japan and Vietnam');
  await page.evaluate(() => document.fonts.ready);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the workspace in the site's faces and controls (${colorScheme})`, async ({ page, editor }) => {
    await page.emulateMedia({ colorScheme });
    await openLaunchPiece({ editor, page });
    // A fixture piece, which no editor changes, in the picture.
    await page.locator('[data-file="later-piece.mdx"]').click();
    await expect(editor.status).toHaveText('Editing later-piece.mdx.');
    // The site's faces, not the browser's Times: the text in the reading face, controls in the sans.
    const font = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((node) => getComputedStyle(node).fontFamily);
    expect(await font('[data-code] .cm-content')).toMatch(/^"?Source Serif 4/);
    expect(await font('[data-save]')).toMatch(/^"?Source Sans 3/);
    expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"'))).toBe(true);
    // The preview is the dev server's live page, and the list grows with the pieces other tests
    // make: both left out of the picture.
    await page.addStyleTag({ content: '[data-pieces] { visibility: hidden; }' });
    // A worker's earlier tests made pieces: the list may have scrolled to the one opened.
    await page.getByRole('navigation', { name: 'Pieces' }).evaluate((nav) => nav.scrollTo(0, 0));
    await expect(page).toHaveScreenshot(`workspace-1440-${colorScheme}.png`, {
      animations: 'disabled',
      caret: 'hide',
      mask: [page.locator('[data-preview]')],
    });
  });
}

test('days show as the site writes them and are saved as the file writes them', async ({
  page,
  editor,
  content,
}) => {
  await openLaunchPiece({ editor, page });
  const published = editor.frontmatter.getByLabel('Published', { exact: true });
  await expect(published).toHaveValue('29 April 2025');
  await expect(published).toHaveAttribute('type', 'text');

  await published.fill('30 Apr 2025');
  await published.blur();
  await expect(published).toHaveValue('30 April 2025');
  await editor.save(/^Saved\.$/);
  const file = join(piecesDir(content), LAUNCH_PIECE);
  expect(readFileSync(file, 'utf8')).toMatch(/^published: 2025-04-30$/m);

  // A day the calendar lacks is said at once, beside the field, and the save is refused.
  await published.fill('31 April 2025');
  await published.blur();
  await expect(editor.frontmatter.locator('[data-field="published"] [data-problem]')).toHaveText(
    'Write the day like 28 April 2025.',
  );
  await editor.save(/^Not saved/);
  expect(readFileSync(file, 'utf8')).toMatch(/^published: 2025-04-30$/m);
  await published.fill('29 April 2025');
  await editor.save(/^Saved\.$/);
  expect(readFileSync(file, 'utf8')).toMatch(/^published: 2025-04-29$/m);
});

test('the side pane and the preview fold and resize, so the text gets the room; the layout is kept', async ({
  page,
  editor,
}) => {
  await openLaunchPiece({ editor, page });
  const width = (selector: string) =>
    page.locator(selector).evaluate((node) => node.getBoundingClientRect().width);
  const opened = await width('[data-code]');
  expect(opened).toBeGreaterThan(560);

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.locator('[data-preview]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Preview', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await page.getByRole('button', { name: 'Pieces and details' }).click();
  await expect(page.getByRole('navigation', { name: 'Pieces' })).toBeHidden();
  expect(await width('[data-code]')).toBeGreaterThan(1350);

  // Unfolded, then the side pane widened from the keyboard: its splitter says its width.
  await page.getByRole('button', { name: 'Pieces and details' }).click();
  const splitter = page.getByRole('separator', { name: 'Width of the pieces and details' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 64));

  // And by pointer: the preview dragged wider.
  const previewSplitter = page.getByRole('separator', { name: 'Width of the preview' });
  await expect(previewSplitter).toBeHidden();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const box = (await previewSplitter.boundingBox())!;
  const previewBefore = await width('#preview');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  expect(Math.round(await width('#preview'))).toBe(Math.round(previewBefore + 100));

  // The next visit finds the panes as they were left.
  await page.reload();
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 64));
  expect(Math.round(await width('#preview'))).toBe(Math.round(previewBefore + 100));
});

test('Ctrl+S saves from the text or a field; Ctrl+K opens Insert; both are shown beside their controls', async ({
  page,
  editor,
  content,
}) => {
  await openLaunchPiece({ editor, page });
  await expect(page.getByRole('button', { name: 'Save' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+S Meta+S',
  );
  await expect(page.locator('[data-save] kbd')).toHaveText('Ctrl+S');
  await expect(page.getByLabel('Insert')).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');

  const file = join(piecesDir(content), LAUNCH_PIECE);
  await editor.fill('Dateline', 'Osaka');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(editor.status).toHaveText('Saved.', { timeout: 30_000 });
  expect(readFileSync(file, 'utf8')).toMatch(/^dateline: Osaka$/m);

  await editor.text.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\nOne more line.');
  await page.keyboard.press('ControlOrMeta+s');
  await expect(editor.status).toHaveText('Saved.', { timeout: 30_000 });
  expect(readFileSync(file, 'utf8')).toMatch(/One more line\.\n?$/);

  await editor.text.click();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByLabel('Insert')).toBeFocused();
  await page.getByLabel('Insert').selectOption('ExpertTip');
  await expect(editor.dialog).toBeVisible();
  await editor.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.status).toHaveText('Nothing inserted.');
});
