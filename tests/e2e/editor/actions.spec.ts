import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editorApiUrl } from '../../../src/integrations/editor-paths.ts';
import { dictionaryFile, linksFile, piecesDir, tagsFile } from '../../../src/lib/content-paths.ts';
import { action, changedFiles, readyPiece } from '../../support/editor-actions.ts';
import { expect, test } from '../../support/editor-test.ts';

/*
 * The editor's actions, as an editor uses them: each changes files in the content folder (a copy of
 * the fixture newsroom) and lists the files it changed.
 */
// Each saves and checks pieces under a dev server that compiles as it goes: slow on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ viewport: { width: 1440, height: 900 } });

test('a topic added from the Tags field: tags.json gets its line, the piece may use it at once', async ({
  editor,
  content,
}) => {
  await editor.goto();
  await editor.create('Port fees explained');
  const tags = tagsFile(content);
  const before = readFileSync(tags, 'utf8');

  await editor.frontmatter.getByRole('button', { name: 'Add a topic…' }).click();
  await editor.dialog.getByLabel('Id', { exact: true }).fill('Port Fees');
  await editor.dialog.getByLabel('Label in English').fill('Port fees');
  await editor.dialog.getByRole('button', { name: 'Add the topic' }).click();
  await expect(editor.status).toHaveText(/^"Port Fees" cannot be a topic's id: write it in lower case/);
  expect(readFileSync(tags, 'utf8')).toBe(before);

  await editor.frontmatter.getByRole('button', { name: 'Add a topic…' }).click();
  await editor.dialog.getByLabel('Id', { exact: true }).fill('port-fees');
  await editor.dialog.getByLabel('Label in English').fill('Port fees');
  await editor.dialog.getByLabel('Label in 日本語').fill('港湾使用料');
  await editor.dialog.getByRole('button', { name: 'Add the topic' }).click();
  await expect(editor.status).toHaveText(
    'Added the topic “port-fees” and ticked it: save to keep it on this piece.',
  );
  const after = readFileSync(tags, 'utf8');
  expect(after.slice(0, before.lastIndexOf('}')).trimEnd()).toBe(
    `${before.slice(0, before.lastIndexOf('}')).trimEnd()},`,
  );
  expect(after).toMatch(/\n {2}"port-fees": \{ "en": "Port fees", "ja": "港湾使用料" \}\n\}\n$/);
  await expect(changedFiles(editor).getByRole('listitem')).toHaveText([/tags\.json \(changed\)$/]);
  await expect(editor.frontmatter.getByRole('checkbox', { name: 'port-fees' })).toBeChecked();

  await editor.save(/^Saved\.$/);
  expect(readFileSync(join(piecesDir(content), 'port-fees-explained.mdx'), 'utf8')).toMatch(
    /^tags: \[.*port-fees.*\]$/m,
  );
  await expect(editor.frontmatter.locator('[data-field="tags"] [data-problem]')).toBeEmpty();
});

test('“Add to dictionary” from a spelling problem: the word goes into the dictionary in its place, the problem goes', async ({
  editor,
  page,
  content,
}) => {
  await editor.goto();
  await editor.create('The Quokkaville ferry');
  await editor.text.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Quokkaville has one ferry.\n');
  await editor.save(/^Saved as a draft/);
  const problem = page
    .getByRole('list', { name: 'Problems' })
    .getByRole('listitem')
    .filter({ hasText: 'Quokkaville' });
  // In the headline and in the text.
  await expect(problem).toHaveCount(2);

  await problem.first().getByRole('button', { name: 'Add “Quokkaville” to the dictionary' }).click();
  await expect(editor.status).toHaveText(/^Added “Quokkaville” to the dictionary\./);
  await expect(problem).toHaveCount(0);
  await expect(changedFiles(editor).getByRole('listitem')).toHaveText([/dictionary\.txt \(changed\)$/]);

  const words = readFileSync(dictionaryFile(content), 'utf8').split('\n');
  const at = words.indexOf('Quokkaville');
  expect(at).toBeGreaterThan(0);
  // In the first list, between its neighbours in alphabetical order; nothing else moved.
  const collator = new Intl.Collator('en-GB');
  expect(collator.compare(words[at - 1]!, 'Quokkaville')).toBeLessThan(0);
  expect(collator.compare('Quokkaville', words[at + 1]!)).toBeLessThan(0);
  expect(words.filter((word) => word !== 'Quokkaville')).toEqual(
    readFileSync(dictionaryFile('content'), 'utf8').split('\n'),
  );
});

test('a piece scheduled from the editor gets publishAt with its offset, and is no draft', async ({
  editor,
  content,
}) => {
  await editor.goto();
  await editor.create('A ferry draft');
  // With the template's TODOs, it would go live unfinished: refused, nothing written.
  await action(editor, 'Schedule…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await editor.dialog.getByLabel('Day (optional)').fill('24 December 2026');
  await editor.dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(editor.status).toHaveText(/^Not scheduled: it would go live with \d+ problem/);
  expect(readFileSync(join(piecesDir(content), 'a-ferry-draft.mdx'), 'utf8')).toMatch(/^draft: true/m);

  await readyPiece(editor, 'A ferry timetable', 'The ferry leaves at six.\n');
  await action(editor, 'Schedule…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await editor.dialog.getByLabel('Day (optional)').fill('24 December 2026');
  await editor.dialog.getByLabel('Time', { exact: true }).fill('06:00');
  await editor.dialog.getByLabel('Offset from UTC').selectOption('+09:00');
  await editor.dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(editor.status).toHaveText(/^Scheduled: it goes live 2[34] December 2026 at /);
  const source = readFileSync(join(piecesDir(content), 'a-ferry-timetable.mdx'), 'utf8');
  expect(source).toMatch(/^publishAt: "?2026-12-24T06:00:00\+09:00"?$/m);
  expect(source).not.toMatch(/^draft:/m);
  await expect(changedFiles(editor).getByRole('listitem')).toHaveText([
    /a-ferry-timetable\.mdx \(changed\)$/,
  ]);
  await expect(editor.frontmatter.getByLabel('Publish at (optional)')).toHaveValue(
    '2026-12-24T06:00:00+09:00',
  );

  // Taken off again: the day left empty.
  await action(editor, 'Schedule…').click();
  // Saved first (checked as the build would), then asked.
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await expect(editor.dialog.getByLabel('Day (optional)')).toHaveValue('24 December 2026');
  await editor.dialog.getByLabel('Day (optional)').fill('');
  await editor.dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(editor.status).toHaveText('The schedule is off.');
  expect(readFileSync(join(piecesDir(content), 'a-ferry-timetable.mdx'), 'utf8')).not.toMatch(/^publishAt:/m);
});

test('Publish checks the piece, records its links, and commits its files and the dictionary it changed, nothing else', async ({
  editor,
  page,
  content,
}) => {
  test.setTimeout(120_000);
  // The content folder as a repository of its own, everything committed, then work in progress
  // that is not this piece's: a changed piece, a staged change, a new file.
  const root = dirname(content);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.name', 'Test Desk');
  git('config', 'user.email', 'desk@example.com');
  git('add', '-A');
  git('commit', '-qm', 'The newsroom as it was');
  const pieces = piecesDir(content);
  appendFileSync(join(pieces, 'earlier-piece.mdx'), '\nA sentence still being written.\n');
  appendFileSync(join(pieces, 'timeline-piece.mdx'), '\nA staged sentence.\n');
  git('add', join(pieces, 'timeline-piece.mdx'));
  writeFileSync(join(content, 'notes.txt'), 'Ideas for next week.\n');

  await readyPiece(
    editor,
    'Harbour fees rise',
    'Fees at Zanzibarr harbour rise in May.\n\n## Why fees rise\n\nCosts went up.\n',
    { draft: true },
  );
  await page
    .getByRole('list', { name: 'Problems' })
    .getByRole('button', { name: 'Add “Zanzibarr” to the dictionary' })
    .click();
  await expect(editor.status).toHaveText(/^Added “Zanzibarr” to the dictionary\. 0 problem/);
  await editor.frontmatter.getByLabel('Draft (optional)').uncheck();
  await editor.save(/^Saved\.$/);

  await action(editor, 'Publish…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await editor.dialog.getByLabel('What changed').fill('Add the piece on harbour fees');
  await editor.dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.status).toHaveText(/^Published: commit [0-9a-f]+, 2 new link\(s\) recorded\.$/, {
    timeout: 60_000,
  });

  expect(git('log', '-1', '--format=%s')).toBe('Add the piece on harbour fees\n');
  expect(git('show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
    'A\tcontent/links.lock.json',
    'A\tcontent/pieces/harbour-fees-rise.mdx',
    'M\tcontent/dictionary.txt',
  ]);
  // Everything else is as it was: changed, staged and new, not committed.
  expect(git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
    ' M content/pieces/earlier-piece.mdx',
    '?? content/notes.txt',
    'M  content/pieces/timeline-piece.mdx',
  ]);
  expect(JSON.parse(readFileSync(linksFile(content), 'utf8'))).toEqual({
    '/harbour-fees-rise/': 'page',
    '/harbour-fees-rise/#why-fees-rise': 'section',
  });
  await expect(changedFiles(editor).getByRole('listitem')).toHaveCount(3);

  // Again, unchanged: nothing to commit, said as the API's documented refusal.
  await action(editor, 'Publish…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await editor.dialog.getByLabel('What changed').fill('Nothing');
  await editor.dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(editor.status).toHaveText(/has no change to commit/);

  // The other tests on this content folder find the fixture pieces as they were.
  git('checkout', 'HEAD', '--', 'content/pieces/earlier-piece.mdx', 'content/pieces/timeline-piece.mdx');
  rmSync(join(content, 'notes.txt'));
});

test('Publish refuses a draft and a piece the check fails, as documented JSON errors', async ({
  editor,
  page,
}) => {
  await editor.goto();
  await editor.create('A draft about tides');
  const publish = (file: string, message = 'Publish it') =>
    page.request.post(editorApiUrl('publish'), { data: { file, message } });

  const draft = await publish('a-draft-about-tides.mdx');
  expect(draft.status()).toBe(409);
  expect(await draft.json()).toEqual({
    error: { status: 409, code: 'piece-is-draft', message: expect.stringContaining('is a draft') },
  });
  const noMessage = await publish('a-draft-about-tides.mdx', ' ');
  expect((await noMessage.json()).error.code).toBe('message-required');
  const outside = await publish('../tags.json');
  expect((await outside.json()).error).toMatchObject({ status: 400, code: 'not-a-piece' });

  // Not a draft, but TODOs left in it: the check's problems, and nothing committed.
  await editor.frontmatter.getByLabel('Draft (optional)').uncheck();
  await action(editor, 'Publish…').click();
  await expect(editor.status).toHaveText(/^Not saved: \d+ problem\(s\) would stop the build/);
  await expect(editor.dialog).toBeHidden();
});

test('Rename moves the piece and keeps its old address; a name another piece has is refused, naming both', async ({
  editor,
  content,
}) => {
  const pieces = piecesDir(content);
  await readyPiece(editor, 'Ferry fares', 'Fares rise in spring.\n');

  await action(editor, 'Rename…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await editor.dialog.getByLabel('New address').fill('earlier-piece');
  await editor.dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(editor.status).toHaveText(
    /Cannot rename \/ferry-fares\/ to \/earlier-piece\/: .*earlier-piece/,
  );
  expect(existsSync(join(pieces, 'ferry-fares.mdx'))).toBe(true);

  await action(editor, 'Rename…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await expect(editor.dialog.getByLabel('New address')).toHaveValue('ferry-fares');
  await editor.dialog.getByLabel('New address').fill('ferry-fares-rise');
  await editor.dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(editor.status).toHaveText(
    'Renamed: the piece is ferry-fares-rise.mdx now, and its old address leads to it.',
  );
  expect(existsSync(join(pieces, 'ferry-fares.mdx'))).toBe(false);
  expect(readFileSync(join(pieces, 'ferry-fares-rise.mdx'), 'utf8')).toMatch(
    /^redirectFrom: \[?"?ferry-fares"?\]?$|^redirectFrom:\n {2}- ferry-fares$/m,
  );
  await expect(changedFiles(editor)).toContainText('ferry-fares.mdx (removed)');
  await expect(changedFiles(editor)).toContainText('ferry-fares-rise.mdx (changed)');
  await expect(editor.page.locator('[data-current]')).toHaveText('ferry-fares-rise.mdx');
});

test('Withdraw writes when and why in the piece, and lists what it changed', async ({ editor, content }) => {
  await readyPiece(editor, 'A withdrawn ferry', 'This piece goes.\n');
  await action(editor, 'Withdraw…').click();
  await expect(editor.dialog).toBeVisible({ timeout: 30_000 });
  await editor.dialog.getByLabel('Reason').fill('Withdrawn at the request of the harbour authority.');
  await editor.dialog.getByRole('button', { name: 'Withdraw' }).click();
  await expect(editor.status).toHaveText('Withdrawn: publish to take it off the site.');
  const source = readFileSync(join(piecesDir(content), 'a-withdrawn-ferry.mdx'), 'utf8');
  expect(source).toMatch(/^withdrawn:$/m);
  expect(source).toContain('reason: Withdrawn at the request of the harbour authority.');
  await expect(changedFiles(editor)).toContainText('a-withdrawn-ferry.mdx (changed)');
});
