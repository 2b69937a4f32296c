import { expect, test } from 'vitest';
import {
  DEFAULT_GLOSSARY,
  editionOfPieceFile,
  glossaries,
  readGlossaries,
  type GlossaryEntry,
} from '../../../../src/features/glossary/glossary.ts';
import { termFinder } from '../../../../src/features/glossary/match.ts';
import { formatProblem } from '../../../../src/lib/problem.ts';
import { pieceSchema } from '../../../../src/lib/piece-schema.ts';
import { formFields } from '../../../../src/tooling/editor/form-fields.ts';

const PROBLEMS = 'tests/fixtures/glossary-problems';
const en = `${PROBLEMS}/glossary/en.yaml`;

test('the glossary check names each problem with its file, line and entry, and how to fix it', () => {
  expect(readGlossaries(PROBLEMS).problems.map(formatProblem)).toEqual([
    `${en}:8:15 two-plus-two.definition: add a definition of one or two sentences; it is empty. Write it like definition: A free-trade agreement signed in 2018.`,
    `${en}:9:1 cptpp: the id "cptpp" is used twice (line 2 and here): each term has one entry. Merge the two, or give one another id.`,
    `${en}:12:1 Senkaku: "Senkaku" cannot be an id: use lower-case letters, digits and hyphens, like two-plus-two. Pieces name terms by it.`,
    `${en}:15:1 osa.spellings: "CPTPP" is also a spelling of "cptpp" (line 2), so a piece could not tell which term it means. Keep it in one entry.`,
    `${en}:5:13 cptpp.seeAlso: "south-china-see" is not a term of this glossary. Terms: cptpp, osa. Fix the id, or add the term.`,
    `${en}:19:13 osa.seeAlso: "osa" refers to itself; see-also names other terms. Remove it.`,
    `${PROBLEMS}/glossary/vi.yaml hiep-dinh: "hiep-dinh" is not an id of ${en}. Every edition names a term by the id its en entry has.`,
  ]);
});

test('the build stops on a broken glossary, listing every problem', () => {
  expect(() => glossaries(PROBLEMS)).toThrow(
    /^The glossary has 7 problem\(s\):\n.*en\.yaml:8:15 two-plus-two\.definition/,
  );
});

test('a glossary that is fine has its entries by edition, sources as name and link', () => {
  const byEdition = glossaries('tests/fixtures/newsroom');
  expect([...byEdition.keys()]).toEqual(['en', 'ja']);
  expect(byEdition.get('en')!.find((entry) => entry.id === 'text-fragment')).toEqual({
    id: 'text-fragment',
    term: 'text fragment',
    spellings: ['text fragments'],
    definition: 'The end of a link that names a passage for the browser to scroll to and highlight.',
    sources: [
      { name: 'Example Source', url: 'https://example.com/text-fragments' },
      { name: 'The test desk' },
    ],
    seeAlso: ['popover'],
  });
  expect(glossaries('tests/fixtures/no-such-folder').size).toBe(0);
});

test('a piece’s glossary is its edition’s: the edition folder it is in under pieces/, else the default edition’s', () => {
  const dir = 'tests/fixtures/newsroom';
  expect(DEFAULT_GLOSSARY).toBe('en');
  expect(editionOfPieceFile(`${dir}/pieces/ja/summit.mdx`, dir)).toBe('ja');
  expect(editionOfPieceFile(`${dir}/pieces/ja/summit/index.mdx`, dir)).toBe('ja');
  expect(editionOfPieceFile(`${dir}/pieces/summit.mdx`, dir)).toBe('en');
  // A piece with pictures is a folder, not an edition, even one named like an edition.
  expect(editionOfPieceFile(`${dir}/pieces/ja/index.mdx`, dir)).toBe('en');
  expect(editionOfPieceFile(`${dir}/pieces/archive/summit.mdx`, dir)).toBe('en');
  expect(editionOfPieceFile('src/pages/style-guide/_examples.mdx', dir)).toBe('en');
});

const entry = (id: string, term: string, ...spellings: string[]): GlossaryEntry => ({
  id,
  term,
  spellings,
  definition: '…',
  sources: [],
  seeAlso: [],
});
const found = (entries: GlossaryEntry[], text: string) =>
  termFinder(entries)(text).map(({ entry, index, text }) => `${entry.id}@${index}:${text}`);

test('terms are found as whole words, the longest spelling first, the first letter in either case', () => {
  const entries = [
    entry('cptpp', 'CPTPP', 'TPP11'),
    entry('csp', 'Comprehensive Strategic Partnership'),
    entry('sp', 'Strategic Partnership'),
    entry('two-plus-two', '“Two plus Two” (2+2)', 'Two plus Two', '2+2'),
  ];
  expect(found(entries, 'the CPTPP, not CPTPPs or TPP11x; a 2+2 meeting')).toEqual([
    'cptpp@4:CPTPP',
    'two-plus-two@35:2+2',
  ]);
  expect(found(entries, 'a Comprehensive Strategic Partnership, then a strategic Partnership')).toEqual([
    'csp@2:Comprehensive Strategic Partnership',
    'sp@46:strategic Partnership',
  ]);
  expect(found(entries, 'a “Two plus Two” dialogue')).toEqual(['two-plus-two@3:Two plus Two']);
  // Only the first letter may change case; a word that merely ends or begins like a term is another word.
  expect(found(entries, 'a strategic partnership')).toEqual([]);
  expect(found(entries, 'preCPTPP, 12+2 and 2+22')).toEqual([]);
});

test('in Japanese, which has no spaces, a term is found inside the text; a Latin one keeps its edges', () => {
  const entries = [entry('senkaku', '尖閣諸島', '尖閣'), entry('cptpp', 'CPTPP', 'TPP11協定')];
  expect(found(entries, '日本は尖閣諸島をめぐり、尖閣の周辺で')).toEqual([
    'senkaku@3:尖閣諸島',
    'senkaku@12:尖閣',
  ]);
  expect(found(entries, '11カ国がCPTPPに署名し、TPP11協定が発効した')).toEqual([
    'cptpp@5:CPTPP',
    'cptpp@15:TPP11協定',
  ]);
  expect(found(entries, 'CPTPPs')).toEqual([]);
});

test('in Vietnamese, words with marks are whole words', () => {
  const entries = [entry('south-china-sea', 'Tranh chấp ở Biển Đông', 'Biển Đông')];
  expect(found(entries, 'Tranh chấp ở Biển Đông, và biển Đông.')).toEqual([
    'south-china-sea@0:Tranh chấp ở Biển Đông',
    'south-china-sea@27:biển Đông',
  ]);
  expect(found(entries, 'Biển Đôngg')).toEqual([]);
});

test('a piece may turn off only terms the glossary has, and is told which it has', () => {
  const frontmatter = {
    title: 'A',
    description: 'B',
    published: '2025-04-29',
    byline: 'test-desk',
    dateline: 'D',
  };
  expect(pieceSchema().parse({ ...frontmatter, glossary: { off: ['popover'] } }).glossary).toEqual({
    off: ['popover'],
  });
  const result = pieceSchema().safeParse({ ...frontmatter, glossary: { off: ['popovr'] } });
  expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
    'glossary.off.0: "popovr" is not a term of the glossary. Did you mean "popover"? ' +
      'Terms: popover, text-fragment, colophon, almanac, gazetteer (tests/fixtures/newsroom/glossary/en.yaml).',
  ]);
  expect(pieceSchema().safeParse({ ...frontmatter, glossary: ['popover'] }).error?.issues[0]?.message).toBe(
    'Write it as glossary: { off: [cptpp] }, with the ids of the terms this piece leaves unexplained.',
  );
});

test('the piece editor’s form has the glossary field: the ids to leave unexplained, one per line', () => {
  const glossary = formFields(pieceSchema().shape).find((field) => field.name === 'glossary');
  expect(glossary).toMatchObject({
    kind: 'group',
    required: false,
    fields: [{ name: 'off', kind: 'list', required: false }],
  });
});
