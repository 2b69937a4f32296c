import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkPieces } from '../../../src/tooling/content-check/across-pieces.ts';

const piece = (title: string, more = '') => `---\ntitle: ${title}\ndraft: true\n${more}---\n\nText.\n`;

test('a headline must be the piece’s own in its edition: a translation just started may keep its original’s', () => {
  const dir = mkdtempSync(join(tmpdir(), 'across-pieces-'));
  mkdirSync(join(dir, 'vi'));
  writeFileSync(join(dir, 'summit.mdx'), piece('The summit'));
  writeFileSync(join(dir, 'vi', 'summit.mdx'), piece('The summit', 'translationOf: summit\n'));
  expect(checkPieces(dir).filter((problem) => problem.field === 'title')).toEqual([]);

  writeFileSync(join(dir, 'vi', 'other.mdx'), piece('The summit', 'translationOf: summit\n'));
  expect(checkPieces(dir).filter((problem) => problem.field === 'title')).toEqual([
    expect.objectContaining({
      file: join(dir, 'vi', 'summit.mdx'),
      message: expect.stringContaining(`is already used by ${join(dir, 'vi', 'other.mdx')}`),
    }),
  ]);
});
