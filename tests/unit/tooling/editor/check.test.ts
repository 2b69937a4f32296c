import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { checkPieceSource } from '../../../../src/tooling/editor/check.ts';
import { NEWSROOM } from '../../../support/newsroom.ts';

const file = join(NEWSROOM.piecesDir, 'every-component.mdx');
const source = readFileSync(file, 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const columnOf = (text: string, needle: string) =>
  text.indexOf(needle) - text.lastIndexOf('\n', text.indexOf(needle));

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
  const name = relative(process.cwd(), file);
  expect(problems).toContainEqual({
    file: name,
    line: lineOf(broken, 'dateline:'),
    column: 1,
    field: 'dateline',
    message: 'Add the place the story is reported from; it is empty. Write it like dateline: Hanoi',
  });
  expect(problems).toContainEqual({
    file: name,
    line: lineOf(broken, '<FAQs>'),
    column: 1,
    field: undefined,
    message: expect.stringMatching(/^unknown component <FAQs>\. Did you mean <FAQ>\?/),
  });
  expect(problems).toContainEqual({
    file: name,
    line: lineOf(broken, 'Somethingg'),
    column: columnOf(broken, 'Somethingg'),
    word: 'Somethingg',
    message: expect.stringMatching(/^"Somethingg" may be misspelt/),
  });
});

test('a headline another piece has is named with that piece', async () => {
  const copy = source.replace(/^title: .*$/m, 'title: A later piece on sharing');
  expect(await checkPieceSource(file, copy, NEWSROOM.piecesDir)).toContainEqual({
    file: relative(process.cwd(), file),
    line: lineOf(copy, 'title:'),
    column: 1,
    field: 'title',
    message: expect.stringContaining('the headline "A later piece on sharing" is already used by'),
  });
});

test('frontmatter YAML the build could not read is said at its line, before anything else', async () => {
  const broken = source.replace(/^dateline: .*$/m, 'dateline: [Hanoi');
  const problems = await checkPieceSource(file, broken, NEWSROOM.piecesDir);
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.message).toMatch(/^the frontmatter is not valid YAML: /);
    expect(problem.line).toBeGreaterThanOrEqual(lineOf(broken, 'dateline:'));
  }
});

test('a publishAt without its offset is refused at its line even unquoted, where YAML would read it as UTC', async () => {
  const scheduled = source.replace(/^(dateline: .*)$/m, '$1\npublishAt: 2026-12-24T06:00:00');
  expect(await checkPieceSource(file, scheduled, NEWSROOM.piecesDir)).toContainEqual({
    file: relative(process.cwd(), file),
    line: lineOf(scheduled, 'publishAt:'),
    column: 1,
    field: 'publishAt',
    message: expect.stringMatching(/^"2026-12-24T06:00:00" has no offset from UTC/),
  });
  const fixed = scheduled.replace('publishAt: 2026-12-24T06:00:00', 'publishAt: 2026-12-24T06:00:00+09:00');
  expect(await checkPieceSource(file, fixed, NEWSROOM.piecesDir)).toEqual([]);
});

test('a translation is spelt in its edition’s language, and keeps the original’s FAQ ids', async () => {
  const translation = join(NEWSROOM.piecesDir, 'vi', 'every-component.mdx');
  const text = readFileSync(translation, 'utf8');
  // Vietnamese the English dictionary does not know passes; a misspelt Vietnamese word does not.
  expect(await checkPieceSource(translation, text, NEWSROOM.piecesDir)).toEqual([]);
  const [, id] = /<Question id="([^"]+)"/.exec(text)!;
  const broken = text.replace(`id="${id}"`, 'id="another-id"').replace(/\n\n([^\n<{]+)\n/, '\n\n$1 Nguời.\n');
  const problems = await checkPieceSource(translation, broken, NEWSROOM.piecesDir);
  const name = relative(process.cwd(), translation);
  expect(problems).toContainEqual({
    file: name,
    line: lineOf(broken, 'Nguời'),
    column: columnOf(broken, 'Nguời'),
    word: 'Nguời',
    message: expect.stringMatching(/^"Nguời" may be misspelt/),
  });
  expect(problems).toContainEqual({
    file: name,
    field: 'id',
    message: expect.stringContaining(`the original's FAQ answer "${id}"`),
  });
  expect(problems).toContainEqual({
    file: name,
    line: lineOf(broken, 'id="another-id"'),
    column: expect.any(Number),
    field: 'id',
    message: expect.stringContaining('the FAQ answer "another-id" is not one of the original\'s'),
  });
});
