import { describe, expect, test } from 'vitest';
import {
  buildPollRegistry,
  pollOptions,
  tallyPoll,
  type PollDefinition,
} from '../../../../src/features/poll/model.ts';
import { roundingText } from '../../../../src/features/poll/format.ts';
import { pollWordsOf } from '../../../support/editions.ts';

/** The English poll words, as a page hands them to the island. */
const words = pollWordsOf('en');

const poll: PollDefinition = {
  id: 'drivers',
  question: 'Economy or security?',
  options: pollOptions(['Economic factors', 'Security concerns', 'A combination of both']),
};

test('answers are stored by their slug and shown by their label', () => {
  expect(pollOptions([' Economic factors ', 'Both!'])).toEqual([
    { value: 'economic-factors', label: 'Economic factors' },
    { value: 'both', label: 'Both!' },
  ]);
});

test('equal counts show equal percentages, each rounded on its own', () => {
  const thirds = tallyPoll(
    poll,
    new Map([
      ['economic-factors', 1],
      ['security-concerns', 1],
      ['a-combination-of-both', 1],
    ]),
  );
  expect(thirds.options.map((o) => o.percent)).toEqual([33, 33, 33]);
  expect(thirds.total).toBe(3);
  expect(roundingText(words, thirds)).toBe(
    'Each percentage is rounded on its own, so together they make 99%, not 100%.',
  );

  const uneven = tallyPoll(
    poll,
    new Map([
      ['economic-factors', 2],
      ['security-concerns', 5],
      ['a-combination-of-both', 0],
    ]),
  );
  expect(uneven.options.map((o) => [o.votes, o.percent])).toEqual([
    [2, 29],
    [5, 71],
    [0, 0],
  ]);
  expect(roundingText(words, uneven)).toBe('');
});

test('rounding up can make more than 100, and the small print says so too', () => {
  const sixths = tallyPoll(
    poll,
    new Map([
      ['economic-factors', 1],
      ['security-concerns', 1],
      ['a-combination-of-both', 4],
    ]),
  );
  expect(sixths.options.map((o) => o.percent)).toEqual([17, 17, 67]);
  expect(roundingText(words, sixths)).toContain('together they make 101%');
});

test('a poll nobody has answered shows zero everywhere, not NaN', () => {
  const empty = tallyPoll(poll, new Map());
  expect(empty.total).toBe(0);
  expect(empty.options.map((o) => o.percent)).toEqual([0, 0, 0]);
});

test("the reader's own choice is reported only when it is one of the poll's answers", () => {
  expect(tallyPoll(poll, new Map(), 'security-concerns').yourChoice).toBe('security-concerns');
  expect(tallyPoll(poll, new Map(), 'an-old-answer').yourChoice).toBeNull();
});

test('the registry keys every poll by id and knows which piece asks it', () => {
  const registry = buildPollRegistry([
    { id: 'summit', title: 'The summit', file: 'content/pieces/summit.mdx', polls: [poll] },
    { id: 'other', title: 'Other', file: 'content/pieces/other.mdx', polls: [] },
  ]);
  expect([...registry.keys()]).toEqual(['drivers']);
  expect(registry.get('drivers')).toMatchObject({
    piece: 'summit',
    pieceTitle: 'The summit',
    question: poll.question,
  });
});

test('two pieces with one poll id stop the build, naming both files and the fix', () => {
  expect(() =>
    buildPollRegistry([
      { id: 'a', title: 'A', file: 'content/pieces/a.mdx', polls: [poll] },
      { id: 'b', title: 'B', file: 'content/pieces/b.mdx', polls: [poll] },
    ]),
  ).toThrow(
    'content/pieces/b.mdx: the poll id "drivers" is already used by a poll in content/pieces/a.mdx. ' +
      'Votes are stored by poll id, so each poll needs its own: give the newer <ReaderPoll> a different id="…"',
  );
});

describe('a translation asks its original’s poll: one poll, one tally, in every edition', () => {
  const original = { id: 'summit', title: 'The summit', file: 'content/pieces/summit.mdx', polls: [poll] };
  const translated = (options: string[], id = poll.id) => ({
    id: 'ja/summit',
    title: '首脳会談',
    file: 'content/pieces/ja/summit.mdx',
    translationOf: 'summit',
    polls: [{ id, question: '経済か安全保障か？', options: pollOptions(options) }],
  });

  test('the same id is the same poll: the original’s values, in order, with the translation’s labels', () => {
    const registry = buildPollRegistry([
      translated(['経済的要因', '安全保障上の懸念', 'その両方']),
      original,
    ]);
    expect([...registry.keys()]).toEqual(['drivers']);
    const drivers = registry.get('drivers')!;
    expect(drivers.piece).toBe('summit');
    expect(drivers.editions['ja']).toEqual({
      id: 'drivers',
      question: '経済か安全保障か？',
      piece: 'ja/summit',
      pieceTitle: '首脳会談',
      options: [
        { value: 'economic-factors', label: '経済的要因' },
        { value: 'security-concerns', label: '安全保障上の懸念' },
        { value: 'a-combination-of-both', label: 'その両方' },
      ],
    });
    expect(drivers.editions['en']!.options).toEqual(poll.options);
  });

  test('another number of answers stops the build, naming the translation, both counts and the answers', () => {
    expect(() => buildPollRegistry([original, translated(['経済的要因', '安全保障上の懸念'])])).toThrow(
      'content/pieces/ja/summit.mdx: the poll "drivers" has 2 answers here and 3 in the original (content/pieces/summit.mdx). ' +
        'A translation asks the same poll: translate each answer, in the original’s order ("Economic factors", "Security concerns", "A combination of both").',
    );
  });

  test('a poll the original does not ask, or one it leaves out, stops the build', () => {
    expect(() => buildPollRegistry([original, translated(['a', 'b', 'c'], 'other-poll')])).toThrow(
      'content/pieces/ja/summit.mdx: the poll id "other-poll" is not a poll of the piece this translates (summit). ' +
        'A translation asks its original’s polls, under the same ids, so every edition’s votes count in one tally: use id="drivers".',
    );
    expect(() => buildPollRegistry([original, { ...translated([]), polls: [] }])).toThrow(
      'content/pieces/ja/summit.mdx: the original (summit) asks the poll "drivers", which this translation leaves out.',
    );
  });
});
