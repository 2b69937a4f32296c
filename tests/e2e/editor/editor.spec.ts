import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { piecesDir } from '../../../src/lib/content-paths.ts';
import { pieceFiles } from '../../../src/tooling/content-check/pieces.ts';
import { buildFixture, removeBuild } from '../../support/build-fixture.ts';
import { LAUNCH_PIECE } from '../../support/editor-content.ts';
import { expect, test } from '../../support/editor-test.ts';
import { NEWSROOM } from '../../support/newsroom.ts';

// They edit one folder of files, so one at a time.
test.describe.configure({ mode: 'serial' });

test('a new piece made through the forms and menus builds with working FAQ links and a poll', async ({
  page,
  editor,
  content,
}) => {
  test.setTimeout(180_000);
  const pieces = piecesDir(content);
  await editor.goto();
  await editor.create('Why ports matter');

  // The template's text, written over.
  await editor.text.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Ports carry most of the trade between the two countries.\n\n');
  await editor.insert('ExpertTip');
  await page.keyboard.type('Watch the container numbers.');
  await page.keyboard.press('ControlOrMeta+End');
  await editor.insert('FAQ');
  // The FAQ comes with one question, selected: it is the component at the cursor.
  await editor.editComponent({ Q: 'What is a port?' });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await editor.insert('Question', { Q: 'Why two questions?', Aliases: 'two-questions' });
  await page.keyboard.press('ControlOrMeta+End');
  await editor.insert('ReaderPoll', {
    Id: 'ports-poll',
    Question: 'Do ports matter to you?',
    Options: 'Yes\nNo',
  });

  await editor.fill('Description', 'Why two countries care about their ports.');
  await editor.fill('Byline', 'test-desk');
  await editor.fill('Dateline', 'Hanoi');
  await editor.frontmatter.getByLabel('Draft (optional)').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await editor.save(/^Saved\.$/);

  const source = readFileSync(join(pieces, 'why-ports-matter.mdx'), 'utf8');
  expect(source).toContain('<Question q="What is a port?">');
  expect(source).toContain('<Question q="Why two questions?" aliases={["two-questions"]}>');
  expect(source).toContain(
    '<ReaderPoll id="ports-poll" question="Do ports matter to you?" options={["Yes", "No"]} />',
  );

  // The preview shows what was saved; then the dev server has read the piece, and the build
  // (which shares the project's .astro folder with it) starts from a settled project.
  await expect(editor.preview.getByText('Do ports matter to you?').first()).toBeVisible({ timeout: 30_000 });
  const build = buildFixture(content);
  try {
    expect(build.ok, build.output).toBe(true);
    // Nor a warning: an editor would read every one as something to fix.
    expect(build.output).not.toContain('[WARN]');
    const html = readFileSync(join(build.siteDir, 'why-ports-matter', 'index.html'), 'utf8');
    expect(html).toContain('id="what-is-a-port"');
    expect(html).toContain('id="why-two-questions"');
    expect(html).toMatch(/<form[^>]*action="\/api\/polls\/ports-poll\/"/);
    // Each answer has its share page, and the alias keeps the old link working.
    for (const [id, question] of [
      ['what-is-a-port', 'What is a port?'],
      ['why-two-questions', 'Why two questions?'],
      ['two-questions', 'Why two questions?'],
    ]) {
      expect(
        readFileSync(join(build.siteDir, 'why-ports-matter', 'faq', id!, 'index.html'), 'utf8'),
      ).toContain(question);
    }
  } finally {
    removeBuild(build);
  }
});

test('changing the launch piece’s dateline changes that one line; changing it back gives the file back', async ({
  editor,
  content,
}) => {
  const file = join(piecesDir(content), LAUNCH_PIECE);
  const original = readFileSync(file, 'utf8');
  await editor.goto();
  await editor.open('Japan and Vietnam');
  await editor.fill('Dateline', 'Tokyo');
  await editor.save(/^Saved\.$/);
  const edited = readFileSync(file, 'utf8');
  const changed = original
    .split('\n')
    .flatMap((line, i) => (line === edited.split('\n')[i] ? [] : [[line, edited.split('\n')[i]]]));
  expect(changed).toEqual([['dateline: Hanoi', 'dateline: Tokyo']]);
  expect(edited.split('\n')).toHaveLength(original.split('\n').length);

  await editor.fill('Dateline', 'Hanoi');
  await editor.save(/^Saved\.$/);
  expect(readFileSync(file, 'utf8')).toBe(original);
});

test('every fixture piece opened and saved unchanged keeps every byte', async ({ page, editor, content }) => {
  await editor.goto();
  for (const fixture of pieceFiles(NEWSROOM.piecesDir)) {
    const name = fixture.slice(NEWSROOM.piecesDir.length + 1);
    const original = readFileSync(fixture, 'utf8');
    await page.locator(`[data-file="${name}"]`).click();
    await expect(editor.status).toHaveText(`Editing ${name}.`);
    await editor.save();
    expect(readFileSync(join(piecesDir(content), name), 'utf8'), name).toBe(original);
  }
});

test('a save that would break the build is refused, each problem shown at its line and field', async ({
  page,
  editor,
  content,
}) => {
  const file = join(piecesDir(content), 'later-piece.mdx');
  const original = readFileSync(file, 'utf8');
  await editor.goto();
  await page.locator('[data-file="later-piece.mdx"]').click();
  await expect(editor.status).toHaveText('Editing later-piece.mdx.');
  await editor.fill('Description', '');
  await editor.text.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A claim with a source nobody wrote down.[^nowhere]');
  await editor.save(/^Not saved: 2 problem\(s\) would stop the build/);

  expect(readFileSync(file, 'utf8')).toBe(original);
  // The schema's own words beside the field; the text's problem marked in the gutter at its line.
  await expect(editor.frontmatter.locator('[data-field="description"] [data-problem]')).not.toBeEmpty();
  await expect(page.locator('[data-code] .cm-lint-marker-error')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Problems' })).toContainText('nowhere');
});

test('a piece with CRLF line breaks keeps every byte when saved untouched; a changed field changes one line, in its quotes', async ({
  page,
  editor,
  content,
}) => {
  // A piece as written on Windows, its dateline quoted: the later piece, under a headline of its own.
  const name = 'written-on-windows.mdx';
  const file = join(piecesDir(content), name);
  const original = readFileSync(join(NEWSROOM.piecesDir, 'later-piece.mdx'), 'utf8')
    .replace(/^title: .*$/m, 'title: A piece written on Windows')
    .replace(/^dateline: .*$/m, 'dateline: "Madrid"')
    .replace(/\n/g, '\r\n');
  writeFileSync(file, original);
  const lines = (text: string) => text.split('\r\n');

  await editor.goto();
  await page.locator(`[data-file="${name}"]`).click();
  await expect(editor.status).toHaveText(`Editing ${name}.`);
  await editor.save(/^Saved\.$/);
  expect(readFileSync(file, 'utf8')).toBe(original);

  await editor.fill('Dateline', 'Tokyo');
  await editor.save(/^Saved\.$/);
  const edited = readFileSync(file, 'utf8');
  expect(edited.replace(/\r\n/g, ''), 'every line break is still CRLF').not.toMatch(/[\r\n]/);
  expect(lines(edited)).toHaveLength(lines(original).length);
  expect(
    lines(original).flatMap((line, i) => (line === lines(edited)[i] ? [] : [[line, lines(edited)[i]]])),
  ).toEqual([['dateline: "Madrid"', 'dateline: "Tokyo"']]);

  // A line typed in the text gets the file's line break too; the field changed back gives it back.
  await editor.fill('Dateline', 'Madrid');
  await editor.text.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('A last line.');
  await page.keyboard.press('Enter');
  await editor.save(/^Saved\.$/);
  expect(readFileSync(file, 'utf8')).toBe(`${original}A last line.\r\n`);
});
