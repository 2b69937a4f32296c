import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildFixture, removeBuild, type BuildResult } from './build-fixture.ts';

const fixture = (name: string) => join('tests/fixtures/bad-input', name);
const piecePath = (name: string) => `${fixture(name)}/piece.mdx`;

let result: BuildResult | undefined;
afterEach(() => {
  if (result) removeBuild(result);
  result = undefined;
});

/** Builds one bad fixture; it must fail, publish nothing, and explain itself. */
function expectBuildToFail(name: string): string {
  result = buildFixture(fixture(name));
  expect(result.ok, `the build of ${name} should fail but passed:\n${result.output}`).toBe(false);
  expect(existsSync(join(result.siteDir, 'piece', 'index.html'))).toBe(false);
  return result.output;
}

describe('a build of bad editor input fails with a message naming the file, the place and the fix', () => {
  test('missing title', () => {
    const output = expectBuildToFail('missing-title');
    expect(output).toContain(piecePath('missing-title'));
    expect(output).toMatch(/title\W+Add the headline as text, like title: "/);
  });

  test('unparseable published date', () => {
    const output = expectBuildToFail('unparseable-date');
    expect(output).toContain(piecePath('unparseable-date'));
    expect(output).toContain('published: Write the date as YYYY-MM-DD, for example 2025-04-29.');
  });

  test('unknown component, with the closest real name', () => {
    const output = expectBuildToFail('unknown-component');
    expect(output).toContain(
      `${piecePath('unknown-component')}, line 11: unknown component <ExpertTips>. Did you mean <ExpertTip>?`,
    );
  });

  test('duplicate FAQ id names both questions', () => {
    const output = expectBuildToFail('duplicate-faq-id');
    expect(output).toContain(
      `${piecePath('duplicate-faq-id')}, line 13: the anchor id "what-is-the-cptpp" is used twice: ` +
        `by the question "What is the CPTPP?" (${piecePath('duplicate-faq-id')}, line 10) and by the question "Why does it matter?".`,
    );
    expect(output).toContain('give one of them a different id="…" prop');
  });

  test('poll with one option', () => {
    const output = expectBuildToFail('poll-one-option');
    expect(output).toContain(
      `${piecePath('poll-one-option')}, line 11: <ReaderPoll>: the prop "options" received ["Yes"], ` +
        'but it must be a list of at least two non-empty answers.',
    );
  });

  test('one poll id in two pieces names both files (their votes would be pooled)', () => {
    const output = expectBuildToFail('poll-id-in-two-pieces');
    expect(output).toContain(
      `${piecePath('poll-id-in-two-pieces')}: the poll id "shared-poll" is already used by a poll in ` +
        `${fixture('poll-id-in-two-pieces')}/other.mdx. Votes are stored by poll id, so each poll needs its own`,
    );
  });

  test('empty FAQ question', () => {
    const output = expectBuildToFail('empty-question');
    expect(output).toContain(
      `${piecePath('empty-question')}, line 10: <Question> needs its question as the "q" prop`,
    );
  });

  test('unknown callout type', () => {
    const output = expectBuildToFail('unknown-callout-type');
    expect(output).toContain(
      `${piecePath('unknown-callout-type')}, line 11: <Callout>: the prop "type" received "warning", ` +
        'but it must be one of "expert-tip", "did-you-know", "quick-fact", "editors-note".',
    );
  });

  test('misspelt component prop', () => {
    const output = expectBuildToFail('misspelt-prop');
    expect(output).toContain(
      `${piecePath('misspelt-prop')}, line 11: <Question> has no prop "qestion". Its props are: "q", "id", "aliases".`,
    );
  });

  test('footnote without definition', () => {
    const output = expectBuildToFail('footnote-without-definition');
    expect(output).toContain(
      `${piecePath('footnote-without-definition')}, line 9: the footnote [^missing] has no definition, so readers ` +
        'would see "[^missing]" instead of a source. Add a line "[^missing]: The source',
    );
  });

  test('image without alt text', () => {
    const output = expectBuildToFail('image-without-alt');
    expect(output).toContain(
      `${piecePath('image-without-alt')}, line 11: the image /favicon.svg has no alt text. Describe it for readers who cannot see it`,
    );
  });

  test('tag not in the allowed list, with the closest allowed one', () => {
    const output = expectBuildToFail('tag-not-allowed');
    expect(output).toContain(piecePath('tag-not-allowed'));
    expect(output).toContain(
      'tags.1: "jappan" is not an allowed tag. Did you mean "japan"? Allowed: japan, vietnam, china, ' +
        'united-states, southeast-asia, security, trade, diplomacy. To add a new tag, add it to content/tags.json.',
    );
  });

  test('invalid MDX syntax', () => {
    const output = expectBuildToFail('invalid-mdx');
    expect(output).toContain('Expected a closing tag for `<ExpertTip>` (11:1-11:12)');
    expect(output).toContain(`${piecePath('invalid-mdx')}`);
  });
});
