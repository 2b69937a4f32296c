import { expect, test } from 'vitest';
import { DEFAULT_EDITION, EDITIONS, editionByCode } from '../../../../src/features/editions/editions.ts';
import { formatMessage } from '../../../../src/features/editions/message.ts';
import { loadStrings, messagesFor, t } from '../../../../src/features/editions/strings.ts';
import en from '../../../../src/features/editions/strings/en.json' with { type: 'json' };
import ja from '../../../../src/features/editions/strings/ja.json' with { type: 'json' };
import vi from '../../../../src/features/editions/strings/vi.json' with { type: 'json' };

const FILE = 'src/features/editions/strings';
const shipped = { './strings/en.json': en, './strings/ja.json': ja, './strings/vi.json': vi };
const problemsOf = (files: Record<string, unknown>) => {
  try {
    loadStrings(files);
    return [];
  } catch (error) {
    return (error as Error).message.split('\n').slice(1);
  }
};
const japanese = editionByCode('ja')!;

test('every configured edition has its strings, each key of the default edition’s file, and they load', () => {
  expect(Object.keys(shipped).sort()).toEqual(
    EDITIONS.map((edition) => `./strings/${edition.code}.json`).sort(),
  );
  expect(problemsOf(shipped)).toEqual([]);
});

test('a missing key, an extra key and an empty text each stop the build, naming the file and key', () => {
  const withoutVote: Record<string, unknown> = { ...ja };
  delete withoutVote['poll.vote'];
  expect(
    problemsOf({
      ...shipped,
      './strings/ja.json': { ...withoutVote, 'poll.voet': '投票', 'nav.search': ' ' },
    }),
  ).toEqual([
    `${FILE}/ja.json: "nav.search" is empty.`,
    `${FILE}/ja.json: "poll.vote" is missing. Add its 日本語 text (en.json has "Vote").`,
    `${FILE}/ja.json: "poll.voet" is no key of en.json. Remove it, or add it to en.json first.`,
  ]);
});

test('a plural has exactly the plural categories of the edition’s language, and the same placeholders', () => {
  expect(
    problemsOf({
      ...shipped,
      './strings/ja.json': { ...ja, 'poll.votes': { one: '{count}票', other: '{count}票' } },
      './strings/vi.json': {
        ...vi,
        'poll.votes': { other: '{n} lượt bình chọn' },
        'piece.byline': 'Bởi {name}',
      },
    }),
  ).toEqual([
    `${FILE}/ja.json: "poll.votes" must be a plural, one text for each plural category of "ja": { "other": "…" }.`,
    `${FILE}/vi.json: "piece.byline" must use the placeholders {names}, and only those; it uses {name}.`,
    `${FILE}/vi.json: "poll.votes.other" must use the placeholders {count}; it uses {n}.`,
  ]);
});

test('an edition without its strings file, or a strings file of no edition, stops the build', () => {
  const withoutVi: Record<string, unknown> = { ...shipped };
  delete withoutVi['./strings/vi.json'];
  expect(problemsOf({ ...withoutVi, './strings/fr.json': en })).toEqual([
    `${FILE}/fr.json: there is no edition "fr" in src/features/editions/editions.ts. Add the edition there, or remove the file.`,
    `${FILE}/vi.json: missing. Every edition needs its strings: copy ${FILE}/en.json and translate each text.`,
  ]);
});

test('a plural is chosen by Intl.PluralRules and numbers are written as the edition writes them', () => {
  expect(t(DEFAULT_EDITION, 'poll.votes', { count: 1 })).toBe('1 vote');
  expect(t(DEFAULT_EDITION, 'poll.votes', { count: 1200 })).toBe('1,200 votes');
  expect(t(japanese, 'poll.votes', { count: 1200 })).toBe('1,200票');
  expect(t(editionByCode('vi')!, 'poll.votes', { count: 1200 })).toBe('1.200 lượt bình chọn');
});

test('an island gets its messages unfilled from the page and fills them itself, as the page would', () => {
  const messages = messagesFor(japanese, ['search.matches']);
  expect(JSON.parse(JSON.stringify(messages))).toEqual({ 'search.matches': ja['search.matches'] });
  expect(formatMessage('ja', messages['search.matches'], { count: 2, query: '石破' })).toBe(
    t(japanese, 'search.matches', { count: 2, query: '石破' }),
  );
});
