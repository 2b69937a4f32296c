import { expect, test, vi } from 'vitest';
import ReaderPoll from '../../../../src/features/poll/components/ReaderPoll.astro';
import { pollApiPath, pollResultsPath } from '../../../../src/lib/routes.ts';
import { renderComponent } from '../../../support/render.ts';
import { DEFAULT_EDITION, editionByCode } from '../../../../src/features/editions/editions.ts';

const onPiece = { piece: 'summit' };
const props = { id: 'drivers', question: 'Economy or security?', options: ['Economy', 'Security', 'Both'] };

test('a poll is a fieldset with the question as legend, one radio per option and a submit button', async () => {
  const html = await renderComponent(ReaderPoll, props, undefined, onPiece);
  expect(html).toMatch(
    /<fieldset[^>]*>\s*<legend[^>]*>.*Reader Poll.*Economy or security\?<\/span>\s*<\/legend>/s,
  );
  expect(html.match(/type="radio"/g)).toHaveLength(3);
  for (const option of props.options)
    expect(html).toMatch(new RegExp(`<input[^>]*type="radio"[^>]*>\\s*${option}`));
  expect(html).toMatch(/<button\b[^>]*\btype="submit"/);
});

test('without JavaScript the form posts the chosen answer to the poll API, and results are a link away', async () => {
  const html = await renderComponent(ReaderPoll, props, undefined, onPiece);
  expect(html).toMatch(new RegExp(`<form[^>]*method="post"[^>]*action="${pollApiPath('drivers')}"`));
  expect(html).toMatch(/<input type="radio" name="choice" value="economy" required/);
  expect(html).toMatch(
    new RegExp(
      `<a[^>]*href="${pollResultsPath('drivers', DEFAULT_EDITION)}"[^>]*>See the results without voting</a>`,
    ),
  );
  expect(html).toMatch(/<div class="poll-results"[^>]*hidden/);
});

test('in a translation the poll votes with its original’s values, shows its own labels and words, and says which results page to answer with', async () => {
  const html = await renderComponent(
    ReaderPoll,
    { id: 'drivers', question: '経済か安全保障か？', options: ['経済', '安全保障', '両方'] },
    undefined,
    { piece: 'ja/summit', edition: 'ja', pollValues: { drivers: ['economy', 'security', 'both'] } },
  );
  expect(
    [...html.matchAll(/<input type="radio" name="choice" value="([^"]+)"[^>]*>\s*([^<]+?)\s*</g)].map((m) => [
      m[1],
      m[2],
    ]),
  ).toEqual([
    ['economy', '経済'],
    ['security', '安全保障'],
    ['both', '両方'],
  ]);
  expect(html).toMatch(/<input type="hidden" name="edition" value="ja"/);
  expect(html).toMatch(
    new RegExp(
      `<a[^>]*href="${pollResultsPath('drivers', editionByCode('ja')!)}"[^>]*>投票せずに結果を見る</a>`,
    ),
  );
  expect(html).toContain('読者アンケート');
  expect(html).toMatch(/<button[^>]*>\s*投票する\s*<\/button>/);
  // The island's words come from the page, in its edition: it ships no dictionary.
  expect(html).toMatch(/data-lang="ja"/);
  expect(html).toContain('{count}票');
  expect(html).not.toContain('See the results');
});

test('outside a piece (the style guide) the poll is a preview that says it takes no votes', async () => {
  const html = await renderComponent(ReaderPoll, props);
  expect(html).toContain('This is a preview: polls take votes only in a published piece.');
  expect(html).toMatch(/<fieldset[^>]*disabled/);
  expect(html).not.toContain(pollResultsPath('drivers', DEFAULT_EDITION));
});

test('a build for a static host says plainly that voting is unavailable, with no form to send', async () => {
  vi.stubEnv('DEPLOY', 'static');
  vi.resetModules();
  try {
    const { default: StaticPoll } = await import('../../../../src/features/poll/components/ReaderPoll.astro');
    const html = await renderComponent(StaticPoll, props, undefined, onPiece);
    expect(html).toContain('Voting is not available on this copy of the site');
    expect(html).toMatch(/<fieldset[^>]*disabled/);
    expect(html).not.toMatch(/<button/);
  } finally {
    vi.unstubAllEnvs();
    vi.resetModules();
  }
});

test('fewer than two options, an empty question or a bad id fail with what was received', async () => {
  await expect(renderComponent(ReaderPoll, { ...props, options: ['Only'] })).rejects.toThrow(
    '<ReaderPoll>: the prop "options" received ["Only"], but it must be a list of at least two non-empty answers.',
  );
  await expect(renderComponent(ReaderPoll, { ...props, question: ' ' })).rejects.toThrow(
    '<ReaderPoll>: the prop "question" received an empty text, but it must be the question to ask, as non-empty text.',
  );
  await expect(renderComponent(ReaderPoll, { ...props, id: 'Bad Id' })).rejects.toThrow(
    '<ReaderPoll>: the prop "id" received "Bad Id", but it must be lowercase words joined by hyphens.',
  );
});
