import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, removeBuild, type BuildResult } from './build-fixture.ts';

const dir = 'tests/fixtures/content-check';
let build: BuildResult;
let check: { status: number | null; output: string };

beforeAll(() => {
  // These mistakes do not stop the build; the content check must catch them.
  build = buildFixture(dir);
  expect(build.ok, build.output).toBe(true);
  const run = spawnSync('node', ['src/cli/check-content.ts', '--articles', dir, '--dist', build.siteDir], {
    encoding: 'utf8',
  });
  check = { status: run.status, output: run.stdout + run.stderr };
});
afterAll(() => removeBuild(build));

describe('the content check fails on what the build lets through, naming file, line and fix', () => {
  test('it exits with failure and counts the problems', () => {
    expect(check.status).toBe(1);
    expect(check.output).toContain('The content check found 8 problem(s)');
  });

  test('typos like the source text had', () => {
    expect(check.output).toContain(
      `${dir}/typo.mdx, line 9: "coudl" may be misspelt (did you mean "cloud" or "could"?). ` +
        'Fix it, or if it is right (a name or a term), add it to content/dictionary.txt.',
    );
    expect(check.output).toContain(`${dir}/typo.mdx, line 9: "manny" may be misspelt.`);
  });

  test('a broken internal link', () => {
    expect(check.output).toContain(
      `${dir}/broken-internal-link.mdx, line 11: the link to /no-such-piece/ goes to a page that does not exist.`,
    );
  });

  test("a link to the results of a poll no piece asks (a poll's own results page is fine)", () => {
    expect(check.output).toContain(
      `${dir}/broken-internal-link.mdx, line 15: the link to /polls/no-such-poll/ goes to a page that does not exist.`,
    );
    expect(check.output).not.toContain('/polls/link-check-poll/ goes to');
  });

  test('a link to a missing anchor', () => {
    expect(check.output).toContain(
      `${dir}/missing-anchor.mdx, line 11: the link to #the-summit points to the anchor #the-summit, ` +
        'which /missing-anchor/ does not have.',
    );
  });

  test('a date YAML would silently roll over', () => {
    expect(check.output).toContain(
      `${dir}/impossible-date.mdx, line 4, field published: 2025-02-30 is not a real date.`,
    );
  });

  test('two pieces with the same headline or the same address', () => {
    expect(check.output).toContain(
      `${dir}/same-headline-second.mdx, field title: the headline "Same headline" is already used by ${dir}/same-headline-first.mdx.`,
    );
    expect(check.output).toMatch(
      /impossible(-| )date\.mdx: this piece would be published at \/impossible-date\/, like .*impossible(-| )date\.mdx\. Rename one of the two files\./,
    );
  });
});

test('the published site passes the content check', () => {
  const run = spawnSync('node', ['src/cli/check-content.ts'], { encoding: 'utf8' });
  expect(run.stdout + run.stderr).toContain('Content check passed');
  expect(run.status).toBe(0);
});
