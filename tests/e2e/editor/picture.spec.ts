import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { piecesDir } from '../../../src/lib/content-paths.ts';
import { drawPicture } from '../../support/draw-images.ts';
import { addLeadPicture, changedFiles, readyPiece } from '../../support/editor-actions.ts';
import { expect, test } from '../../support/editor-test.ts';

// A piece that becomes a folder leaves Astro's dev server minding its old file: a server of its own.
test.use({ viewport: { width: 1440, height: 900 }, ownDevServer: true });

test('a picture added as the lead image: the piece becomes a folder, the picture beside it, the fields filled', async ({
  editor,
  content,
}) => {
  test.setTimeout(120_000);
  const { page } = editor;
  const pieces = piecesDir(content);
  await readyPiece(editor, 'Harbour pictures', 'The harbour at dawn.\n');
  const drawn = join(mkdtempSync(join(tmpdir(), 'editor-picture-')), 'Harbour At Dawn.JPG');
  await drawPicture(drawn, { width: 1600, height: 900, seed: 3 });

  // Too narrow for a lead image: refused with the build's rule, nothing moved.
  const small = join(dirname(drawn), 'small.jpg');
  await drawPicture(small, { width: 800, height: 450, seed: 4 });
  await addLeadPicture(editor, small);
  await expect(editor.status).toHaveText(
    /^small\.jpg is 800 px wide; a lead image must be at least 1,200 px wide/,
  );
  expect(existsSync(join(pieces, 'harbour-pictures.mdx'))).toBe(true);
  expect(existsSync(join(pieces, 'harbour-pictures'))).toBe(false);

  await addLeadPicture(editor, drawn);
  await expect(editor.status).toHaveText(
    /^Added \.\/harbour-at-dawn\.jpg as the lead image\. The piece is a folder now/,
  );

  const index = join(pieces, 'harbour-pictures', 'index.mdx');
  expect(existsSync(join(pieces, 'harbour-pictures.mdx'))).toBe(false);
  expect((await sharp(join(pieces, 'harbour-pictures', 'harbour-at-dawn.jpg')).metadata()).width).toBe(1600);
  expect(readFileSync(index, 'utf8')).toContain(
    'image:\n  src: ./harbour-at-dawn.jpg\n  alt: Boats at dawn\n  caption: The harbour at dawn.\n  credit: "Drawing: Test Desk"\n',
  );
  await expect(changedFiles(editor).getByRole('listitem')).toHaveText([
    /pieces\/harbour-pictures\.mdx \(removed\)$/,
    /pieces\/harbour-pictures\/index\.mdx \(added\)$/,
    /pieces\/harbour-pictures\/harbour-at-dawn\.jpg \(added\)$/,
  ]);
  // The editor is on the piece in its folder now, its fields filled.
  await expect(page.locator('[data-current]')).toHaveText('harbour-pictures/index.mdx');
  await expect(editor.frontmatter.getByLabel('Alt', { exact: false })).toHaveValue('Boats at dawn');
  // The build's own checks pass on it where it is now: the lead image beside it, wide enough.
  await editor.save(/^Saved\.$/);
});
