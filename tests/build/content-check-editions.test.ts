import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { piecesDir } from '../../src/lib/content-paths.ts';
import { editorEnv } from '../support/build-fixture.ts';

// Translations with mistakes that stop the build: the content check reports them all the same.
const content = 'tests/fixtures/content-check/editions';
const dir = piecesDir(content);
let work: string;
let check: { status: number | null; output: string };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'explainer-check-'));
  // As `npm run check:content` runs it: the checks of the files, then the build, into a folder of its own.
  const run = spawnSync(
    process.execPath,
    ['src/commands/check-content.ts', '--content', content, '--build'],
    {
      encoding: 'utf8',
      env: editorEnv({ DIST_DIR: join(work, 'dist'), ASTRO_CACHE_DIR: join(work, 'cache') }),
    },
  );
  check = { status: run.status, output: stripVTControlCharacters(run.stdout + run.stderr) };
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the content check checks each edition, even when the build fails', () => {
  test('it fails, counts the problems of the files and says the built links were not checked', () => {
    expect(check.status).toBe(1);
    expect(check.output).toContain('The content check found 6 problem(s)');
    expect(check.output).toContain(
      'The build failed (its messages are above), so the links and anchors of the built site were not checked',
    );
  });

  test('Vietnamese is spelt with the Vietnamese dictionary: a misspelt word is found, the rest passes', () => {
    expect(check.output).toContain(`${dir}/vi/original.mdx:11:36: "Nguời" may be misspelt.`);
    expect(check.output.match(/may be misspelt/g)).toHaveLength(1);
  });

  test('Japanese is not spell-checked, and the check says so', () => {
    expect(check.output).toContain(
      'Spelling: checked in British English, Vietnamese. Not checked in Japanese (日本語, 2 file(s)): ' +
        'cspell has no dictionary for it and cannot split its text into words; have it proofread.',
    );
  });

  test('an FAQ answer of the original missing from a translation, and one the original does not have', () => {
    expect(check.output).toContain(
      `${dir}/vi/original.mdx id: the original's FAQ answer "second" (${dir}/original.mdx:16:3, “And the second one?”) ` +
        'is not in this translation. Translate that <Question> here with id="second"',
    );
    expect(check.output).toContain(
      `${dir}/vi/original.mdx:17:3 id: the FAQ answer "the-second-one" is not one of the original's (${dir}/original.mdx)`,
    );
    // The Japanese translation keeps both ids, one of them made from the original's question.
    expect(check.output).not.toContain(`${dir}/ja/original.mdx`);
  });

  test('a published translation of an original still in draft', () => {
    expect(check.output).toContain(
      `${dir}/vi/draft-original.mdx:9:1 draft: the piece it translates (${dir}/draft-original.mdx) is not published ` +
        '(a draft, or scheduled for later), so this translation would have no original to link to.',
    );
  });

  test('a translation whose original is not there, or which names none', () => {
    expect(check.output).toContain(
      `${dir}/vi/orphan.mdx:7:1 translationOf: there is no piece "no-such-piece" to translate`,
    );
    expect(check.output).toContain(
      `${dir}/ja/unnamed.mdx translationOf: a piece in ${dir}/ja/ is a translation into 日本語: ` +
        'name the piece it translates by its address, like translationOf: ',
    );
  });
});
