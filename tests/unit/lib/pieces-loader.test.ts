import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkEdition, checkLeadImage } from '../../../src/lib/pieces-loader.ts';
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

describe('a piece stands where its edition says, and a translation names an original that is there', () => {
  const base = join(folder, 'pieces');
  beforeAll(() => {
    mkdirSync(join(base, 'ja'), { recursive: true });
    writeFileSync(join(base, 'summit.mdx'), '');
  });
  const file = (path: string) => relative(process.cwd(), join(base, path));
  const check = (id: string, path: string, data: Record<string, unknown>) => () =>
    checkEdition(id, join(base, path), data, base);
  const pieces = relative(process.cwd(), base);

  test('a translation of a piece that is there, in its edition’s folder, passes', () => {
    expect(check('ja/summit', 'ja/summit.mdx', { translationOf: 'summit', tags: ['polls'] })).not.toThrow();
    expect(check('summit', 'summit.mdx', { tags: ['maps'] })).not.toThrow();
  });

  test('a translation whose original is not there names the file, the field and the likely original', () => {
    expect(check('ja/summit', 'ja/summit.mdx', { translationOf: 'sumit' })).toThrow(
      `${file('ja/summit.mdx')} translationOf: there is no piece "sumit" to translate (looked for ${pieces}/sumit.mdx and ${pieces}/sumit/index.mdx). Did you mean "summit"?`,
    );
    expect(check('ja/summit', 'ja/summit.mdx', { translationOf: 'vi/summit' })).toThrow(
      `${file('ja/summit.mdx')} translationOf: "vi/summit" is not a piece of the English edition`,
    );
  });

  test('a translation outside an edition’s folder, and an edition’s piece that translates nothing, are refused', () => {
    expect(check('summit', 'summit.mdx', { translationOf: 'other' })).toThrow(
      `${file('summit.mdx')} translationOf: this piece is in the English edition (${pieces}/), which has the originals, so it translates nothing. ` +
        `If it is a translation, move it to its edition's folder: ${pieces}/ja/ (日本語), ${pieces}/vi/ (Tiếng Việt). Otherwise remove translationOf.`,
    );
    expect(check('ja/summit', 'ja/summit.mdx', {})).toThrow(
      `${file('ja/summit.mdx')} translationOf: a piece in ${pieces}/ja/ is a translation into 日本語: name the piece it translates by its address, like translationOf: summit.`,
    );
  });

  test('a folder that is no edition’s is refused', () => {
    expect(check('fr/summit', 'fr/summit.mdx', {})).toThrow(
      `${file('fr/summit.mdx')}: this piece is in a folder that is no edition's (fr/).`,
    );
  });

  test('a topic without its label in the piece’s edition names the tag and where to add it', () => {
    expect(check('ja/summit', 'ja/summit.mdx', { translationOf: 'summit', tags: ['maps'] })).toThrow(
      `${file('ja/summit.mdx')} tags: the topic "maps" has no label in 日本語 ("ja"), so its topic page cannot be made in this edition. Add it in tests/fixtures/newsroom/tags.json`,
    );
  });
});
