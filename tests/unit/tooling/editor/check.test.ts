import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkPieceSource } from '../../../../src/tooling/editor/check.ts';
import { NEWSROOM } from '../../../support/newsroom.ts';

const file = join(NEWSROOM.piecesDir, 'every-component.mdx');
const source = readFileSync(file, 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

test('a piece the build accepts has no problems', async () => {
  expect(await checkPieceSource(file, source, NEWSROOM.piecesDir)).toEqual([]);
});

test('each problem is found at its line, in the words the build and the content check use', async () => {
  const broken = source
    .replace(/^dateline: .*$/m, 'dateline: ""')
    .replace('<FAQ>', '<FAQs>')
    .replace('</FAQ>', '</FAQs>')
    .replace(/\n\n([A-Z][^\n]*)\n/, '\n\n$1 Somethingg misspelt.\n');
  const problems = await checkPieceSource(file, broken, NEWSROOM.piecesDir);
  expect(problems).toContainEqual({
    line: lineOf(broken, 'dateline:'),
    message: 'dateline: Add the place the story is reported from; it is empty. Write it like dateline: Hanoi',
  });
  expect(problems).toContainEqual({
    line: lineOf(broken, '<FAQs>'),
    message: expect.stringMatching(/^unknown component <FAQs>\. Did you mean <FAQ>\?/),
  });
  expect(problems).toContainEqual({
    line: lineOf(broken, 'Somethingg'),
    message: expect.stringMatching(/^"Somethingg" may be misspelt/),
  });
});

test('a headline another piece has is named with that piece', async () => {
  const copy = source.replace(/^title: .*$/m, 'title: A later piece on sharing');
  expect(await checkPieceSource(file, copy, NEWSROOM.piecesDir)).toContainEqual({
    line: expect.any(Number),
    message: expect.stringContaining('the headline "A later piece on sharing" is already used by'),
  });
});
