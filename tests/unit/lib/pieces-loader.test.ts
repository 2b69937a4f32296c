import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkLeadImage } from '../../../src/lib/pieces-loader.ts';
import { drawPicture } from '../../support/draw-images.ts';

const folder = mkdtempSync(join(tmpdir(), 'lead-image-'));
const piece = join(folder, 'piece', 'index.mdx');
const where = `${relative(process.cwd(), piece)} image.src`;
beforeAll(async () => {
  mkdirSync(join(folder, 'piece'));
  await drawPicture(join(folder, 'piece', 'wide.jpg'), { width: 1200, height: 675 });
  await drawPicture(join(folder, 'piece', 'narrow.jpg'), { width: 1199, height: 675 });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const image = (src: string) => ({ image: { src } });

test('a lead image 1,200 px wide beside the piece passes', async () => {
  await expect(checkLeadImage(piece, image('./wide.jpg'))).resolves.toBeUndefined();
});

test('a lead image that is not there names the file and where it looked', async () => {
  await expect(checkLeadImage(piece, image('./missing.jpg'))).rejects.toThrow(
    `${where}: there is no picture at ./missing.jpg (looked for ${relative(process.cwd(), join(folder, 'piece', 'missing.jpg'))}).`,
  );
});

test('a lead image narrower than 1,200 px says how wide it is and what to do', async () => {
  await expect(checkLeadImage(piece, image('./narrow.jpg'))).rejects.toThrow(
    `${where}: ./narrow.jpg is 1199 px wide; a lead image must be at least 1,200 px wide`,
  );
});

test('a path that does not start from the piece’s folder says how to write it', async () => {
  await expect(checkLeadImage(piece, image('images/wide.jpg'))).rejects.toThrow(
    `${where}: write the lead image's path from the piece's folder, like src: ./images/wide.jpg`,
  );
});
