import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { piecesDir } from '../../src/lib/content-paths.ts';
import { buildFixture, removeBuild, type BuildResult } from '../support/build-fixture.ts';

/**
 * What an editor sees in the terminal when the build refuses a piece. Every kind of bad input is
 * tested through the Markdown pipeline and the content schema (tests/unit); these real builds pin
 * what the terminal shows for each way the build reports a problem: a frontmatter field, a mistake
 * in the MDX body, and a lead image's file.
 */
const fixture = (name: string) => join('tests/fixtures/bad-input', name);
const piece = (name: string) => join(piecesDir(fixture(name)), 'piece.mdx');

let result: BuildResult | undefined;
afterEach(() => {
  if (result) removeBuild(result);
  result = undefined;
});

function expectBuildToFail(name: string): string {
  result = buildFixture(fixture(name));
  expect(result.ok, `the build of ${name} should fail but passed:\n${result.output}`).toBe(false);
  expect(existsSync(join(result.siteDir, 'piece', 'index.html'))).toBe(false);
  return result.output;
}

test('a missing headline: the file, the field and how to write it', () => {
  const output = expectBuildToFail('missing-title');
  expect(output).toContain(piece('missing-title'));
  expect(output).toMatch(/title\W+Add the headline as text, like title: "/);
});

test('an unknown component: the file, the line and the closest real name', () => {
  const output = expectBuildToFail('unknown-component');
  expect(output).toContain(
    `${piece('unknown-component')}:11:1: unknown component <ExpertTips>. Did you mean <ExpertTip>?`,
  );
  // Astro's own pointer to the place, read from the same fields.
  expect(output).toMatch(
    new RegExp(`Location:\\s+${RegExp.escape(resolve(piece('unknown-component')))}:11:1`),
  );
});

test('a lead image too small: the file, the field, its width and the fix', () => {
  result = buildFixture(fixture('narrow-lead-image'));
  expect(result.ok, result.output).toBe(false);
  expect(result.output).toContain(
    `${join(piecesDir(fixture('narrow-lead-image')), 'piece', 'index.mdx')} image.src: ./small.jpg is 800 px wide; ` +
      'a lead image must be at least 1,200 px wide',
  );
});

test('a publishAt without its offset, unquoted (YAML reads it as UTC): the file, the field and an example', () => {
  const output = expectBuildToFail('publish-at-without-offset');
  expect(output).toContain(piece('publish-at-without-offset'));
  expect(output).toMatch(
    /publishAt\W+"2026-12-24T06:00:00" has no offset from UTC, so it would name a different moment on every server\. Write the day, the time and the offset from UTC, like 2026-12-24T06:00:00\+09:00/,
  );
});

test('a timeline out of order: the file, the line of the event and the one before it', () => {
  const output = expectBuildToFail('timeline-out-of-order');
  expect(output).toContain(
    `${piece('timeline-out-of-order')}:15:3 date: <Event date="2018-03-08" title="The CPTPP is signed"> comes after the event dated 2019-01-14 (${piece('timeline-out-of-order')}:12:3)`,
  );
});

test('a glossary’s reference to a term it does not have: the glossary file, its line and the entry', () => {
  const output = expectBuildToFail('glossary-see-also');
  expect(output).toContain(
    `${join(fixture('glossary-see-also'), 'glossary', 'en.yaml')}:4:13 cptpp.seeAlso: "south-china-see" is not a term of this glossary. Did you mean "south-china-sea"?`,
  );
});

test('a takeaway linking to a section the piece does not have: the file, its line, the field and the sections', () => {
  const output = expectBuildToFail('takeaway-section');
  expect(output).toContain(
    `${piece('takeaway-section')}:9:14 takeaways.0.section: takeaway 1 links to the section "why-it-matter", which this piece does not have. Did you mean "why-it-matters"? Sections: why-it-matters.`,
  );
});

test('a byline naming an author the content folder does not keep: the field, the closest id and the known ones', () => {
  const output = expectBuildToFail('unknown-author');
  expect(output).toContain('pieces → piece data does not match collection schema');
  expect(output).toContain(piece('unknown-author'));
  expect(output).toContain('byline.0');
  expect(output).toContain(
    `"test-dsk" is not an author of ${join(fixture('unknown-author'), 'authors.yaml')}. Did you mean "test-desk"? Authors: test-desk.`,
  );
});
