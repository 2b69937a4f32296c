import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { piecesDir } from '../../../src/lib/content-paths.ts';
import { readFrontmatter } from '../../../src/tooling/frontmatter.ts';
import { expect, test } from '../../support/editor-test.ts';

test.describe.configure({ mode: 'serial' });

test('each piece is listed with its editions, each translation a click away', async ({ page, editor }) => {
  await editor.goto();
  const pieces = page.getByRole('navigation', { name: 'Pieces' });
  const editions = pieces.getByLabel('Editions of “A piece that uses every component”');
  await expect(editions).toHaveText('— English · 日本語 · Tiếng Việt');
  // Translations are reached through their original, not listed as pieces of their own.
  await expect(pieces.getByRole('button', { name: /すべてのコンポーネント/ })).toHaveCount(0);
  await editions.getByRole('button', { name: '日本語' }).click();
  await expect(editor.status).toHaveText('Editing ja/every-component.mdx.');
  await expect(editor.frontmatter.getByLabel('Title', { exact: true })).toHaveValue(
    'すべてのコンポーネントを使った記事',
  );
});

test('"Start a translation" writes the translation as npm run new -- --translate does, and opens it', async ({
  page,
  editor,
  content,
}) => {
  await editor.goto();
  const title = 'Japan and Vietnam after the Hanoi summit — is a new alliance brewing in Southeast Asia?';
  const editions = page.getByLabel(`Editions of “${title}”`);
  await expect(editions).toHaveText(
    '— English · Start a translation: 日本語 · Start a translation: Tiếng Việt',
  );
  await editions.getByRole('button', { name: 'Start a translation: Tiếng Việt' }).click();
  await expect(editor.status).toHaveText('Editing vi/japan-vietnam-hanoi-summit.mdx.');

  const file = join(piecesDir(content), 'vi', 'japan-vietnam-hanoi-summit.mdx');
  const data = readFrontmatter(readFileSync(file, 'utf8'));
  expect(data).toMatchObject({ translationOf: 'japan-vietnam-hanoi-summit', draft: true, title });
  expect(readFileSync(file, 'utf8')).toContain(
    '<Question id="what-is-the-uss-role-in-japan-vietnam-relations"',
  );
  await expect(editor.frontmatter.getByLabel('Draft (optional)')).toBeChecked();
  // The list now offers the new translation to open, and the other still to start.
  await expect(editions).toHaveText('— English · Start a translation: 日本語 · Tiếng Việt (draft)');
  expect(existsSync(join(piecesDir(content), 'ja', 'japan-vietnam-hanoi-summit.mdx'))).toBe(false);
});
