import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { piecesDir } from '../../src/lib/content-paths.ts';
import { pieceFiles } from '../../src/tooling/content-check/pieces.ts';
import { buildFixture, removeBuild, type BuildResult } from '../support/build-fixture.ts';
import { NEWSROOM } from '../support/newsroom.ts';

const content = 'tests/fixtures/content-check';
const dir = piecesDir(content);
let build: BuildResult;
let check: { status: number | null; output: string };

const checkContent = (contentDir: string, siteDir: string) => {
  const run = spawnSync(
    process.execPath,
    ['src/commands/check-content.ts', '--content', contentDir, '--dist', siteDir],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
};

beforeAll(() => {
  // These mistakes do not stop the build; the content check must catch them.
  build = buildFixture(content);
  expect(build.ok, build.output).toBe(true);
  check = checkContent(content, build.siteDir);
});
afterAll(() => removeBuild(build));

describe('the content check fails on what the build lets through, naming file, line, column and fix', () => {
  test('it exits with failure and counts the problems', () => {
    expect(check.status).toBe(1);
    expect(check.output).toContain('The content check found 12 problem(s)');
  });

  test('typos like the source text had', () => {
    expect(check.output).toContain(
      `${dir}/typo.mdx:9:6: "coudl" may be misspelt (did you mean "cloud" or "could"?). ` +
        'Fix it, or if it is right (a name or a term), add it to content/dictionary.txt.',
    );
    expect(check.output).toContain(`${dir}/typo.mdx:9:22: "manny" may be misspelt.`);
  });

  test('typos in the glossary’s definitions', () => {
    expect(check.output).toContain(`${content}/glossary/en.yaml:3:23: "agreemnt" may be misspelt`);
  });

  test('a broken internal link', () => {
    expect(check.output).toContain(
      `${dir}/broken-internal-link.mdx:11:23: the link to /no-such-piece/ goes to a page that does not exist.`,
    );
  });

  test("a link to the results of a poll no piece asks (a poll's own results page is fine)", () => {
    expect(check.output).toContain(
      `${dir}/broken-internal-link.mdx:15:69: the link to /polls/no-such-poll/ goes to a page that does not exist.`,
    );
    expect(check.output).not.toContain('/polls/link-check-poll/ goes to');
  });

  test('a link to a missing anchor', () => {
    expect(check.output).toContain(
      `${dir}/missing-anchor.mdx:11:26: the link to #the-summit points to the anchor #the-summit, ` +
        'which /missing-anchor/ does not have.',
    );
  });

  test('a date YAML would silently roll over', () => {
    expect(check.output).toContain(
      `${dir}/impossible-date.mdx:4:1 published: 2025-02-30 is not a real date.`,
    );
  });

  test('two pieces with the same headline or the same address', () => {
    expect(check.output).toContain(
      `${dir}/same-headline-second.mdx:2:1 title: the headline "Same headline" is already used by ${dir}/same-headline-first.mdx.`,
    );
    expect(check.output).toMatch(
      /impossible(-| )date\.mdx: this piece would be published at \/impossible-date\/, like .*impossible(-| )date\.mdx\. Rename one of the two files\./,
    );
  });

  test('a piece whose address belongs to a page of the site', () => {
    expect(check.output).toContain(
      `${dir}/search.mdx: the address /search/ belongs to a page of the site itself, so this piece could not be published there. Rename the file.`,
    );
  });

  test('every TODO left from the template in a piece that is not a draft, not only the first', () => {
    for (const line of ['5:9', '9:1']) {
      expect(check.output).toContain(
        `${dir}/leftover-todos.mdx:${line}: this piece is not a draft but still has a TODO from the template.`,
      );
    }
  });
});

test('a newsroom of several pieces, polls and topics passes the content check', () => {
  const { status, output } = checkContent(NEWSROOM.contentDir, NEWSROOM.siteDir);
  expect(output).toContain(`Content check passed: ${pieceFiles(NEWSROOM.piecesDir).length} piece(s)`);
  expect(status).toBe(0);
});
