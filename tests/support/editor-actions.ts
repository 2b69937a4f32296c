import { expect } from '@playwright/test';
import type { EditorPage } from './editor-page.ts';

/* The piece editor's actions as an editor uses them (tests/e2e/editor/actions.spec.ts, picture.spec.ts). */

/** A new piece, made ready to publish through the form: no TODO left, not a draft. */
export async function readyPiece(editor: EditorPage, headline: string, text: string, { draft = false } = {}) {
  const { page } = editor;
  await editor.goto();
  await editor.create(headline);
  await editor.text.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await editor.fill('Description', `What ${headline.toLowerCase()} means for the harbour.`);
  await editor.fill('Byline', 'test-desk');
  await editor.fill('Dateline', 'Hanoi');
  if (draft) return editor.save(/^Saved/);
  await editor.frontmatter.getByLabel('Draft (optional)').uncheck();
  await editor.save(/^Saved\.$/);
}

export const changedFiles = (editor: EditorPage) => editor.page.getByRole('list', { name: 'Changed files' });
export const action = (editor: EditorPage, name: string) =>
  editor.page.getByRole('group', { name: 'Actions on this piece' }).getByRole('button', { name });

/** Adds a picture through "Add a picture…", as the lead image, with its words. */
export async function addLeadPicture(editor: EditorPage, file: string) {
  await action(editor, 'Add a picture…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await editor.dialog.getByLabel('Picture').setInputFiles(file);
  await editor.dialog.getByLabel('Alt', { exact: false }).fill('Boats at dawn');
  await editor.dialog.getByLabel('Caption', { exact: false }).fill('The harbour at dawn.');
  await editor.dialog.getByLabel('Credit', { exact: false }).fill('Drawing: Test Desk');
  await editor.dialog.getByRole('button', { name: 'Add the picture' }).click();
}
