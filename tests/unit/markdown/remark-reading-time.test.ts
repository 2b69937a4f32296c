import { expect, test } from 'vitest';
import { WORDS_PER_MINUTE } from '../../../src/lib/reading-time.ts';
import { renderPiece } from '../../support/render.ts';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
const minutes = async (mdx: string) => (await renderPiece(mdx)).data.readingMinutes;

test('reading time counts the text readers see, in whole minutes', async () => {
  expect(await minutes(words(WORDS_PER_MINUTE))).toBe(1);
  expect(await minutes(words(WORDS_PER_MINUTE * 3))).toBe(3);
});

test('it counts the props a component shows as text (a question, a poll’s answers), not ids', async () => {
  const body = words(WORDS_PER_MINUTE);
  const question = words(WORDS_PER_MINUTE, 'asked');
  const answers = `["${words(WORDS_PER_MINUTE / 2, 'yes')}", "${words(WORDS_PER_MINUTE / 2, 'no')}"]`;
  expect(
    await minutes(
      `${body}\n\n<ReaderPoll id="${words(50, 'id').replace(/ /g, '-')}" question="${question}" options={${answers}} />`,
    ),
  ).toBe(3);
});
