import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { withWrittenMoment, writtenField } from '../../../../src/lib/schedule.ts';
import { setFrontmatter } from '../../../../src/tooling/editor/frontmatter-edit.ts';
import { readFrontmatter } from '../../../../src/tooling/frontmatter.ts';
import { pieceFiles } from '../../../../src/tooling/content-check/pieces.ts';
import { NEWSROOM } from '../../../support/newsroom.ts';

const piece = `---
title: "A headline: with a colon"   # a comment stays
description: One line.
published: 2025-04-29
byline: [Jane Doe, Bo Li]
dateline: Hanoi
tags:
  - japan
  - vietnam
updates:
  - date: 2025-12-04
    text: Something happened.
---

Body text.
`;

/** The lines that differ between two texts. */
function changedLines(before: string, after: string): [string | undefined, string | undefined][] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  return Array.from(
    { length: Math.max(a.length, b.length) },
    (_, i) => [a[i], b[i]] as [string | undefined, string | undefined],
  ).filter(([x, y]) => x !== y);
}

test('setting every field to the value it has changes no byte, in every fixture piece too', () => {
  expect(setFrontmatter(piece, readFrontmatter(piece))).toBe(piece);
  for (const file of pieceFiles(NEWSROOM.piecesDir)) {
    const source = readFileSync(file, 'utf8');
    expect(setFrontmatter(source, readFrontmatter(source)), file).toBe(source);
  }
});

test('a changed field is rewritten in place, in its own style, and nothing else moves', () => {
  expect(changedLines(piece, setFrontmatter(piece, { dateline: 'Ho Chi Minh City' }))).toEqual([
    ['dateline: Hanoi', 'dateline: Ho Chi Minh City'],
  ]);
  expect(changedLines(piece, setFrontmatter(piece, { byline: ['Jane Doe'] }))).toEqual([
    ['byline: [Jane Doe, Bo Li]', 'byline: [Jane Doe]'],
  ]);
  expect(changedLines(piece, setFrontmatter(piece, { title: 'Another: headline' }))).toEqual([
    [
      'title: "A headline: with a colon"   # a comment stays',
      'title: "Another: headline"   # a comment stays',
    ],
  ]);
  const tags = setFrontmatter(piece, { tags: ['japan'] });
  expect(readFrontmatter(tags)['tags']).toEqual(['japan']);
  expect(tags.slice(tags.indexOf('updates:'))).toBe(piece.slice(piece.indexOf('updates:')));
});

test('a new field is added as the last line; a removed one takes its line with it', () => {
  const added = setFrontmatter(piece, { draft: true });
  expect(added).toContain('    text: Something happened.\ndraft: true\n---');
  expect(readFrontmatter(added)['draft']).toBe(true);
  expect(changedLines(piece, setFrontmatter(piece, { description: undefined }))[0]).toEqual([
    'description: One line.',
    'published: 2025-04-29',
  ]);
  expect(readFrontmatter(setFrontmatter(piece, { description: undefined }))).not.toHaveProperty(
    'description',
  );
});

test('text YAML would misread is quoted; dates stay dates', () => {
  const edited = setFrontmatter(piece, { description: 'true', dateline: '#1 city', published: '2025-05-01' });
  expect(readFrontmatter(edited)).toMatchObject({
    description: 'true',
    dateline: '#1 city',
    published: new Date('2025-05-01'),
  });
});

/** A piece whose frontmatter is `yaml`, its lines joined by `lineBreak`. */
const pieceWith = (yaml: string, lineBreak = '\n') =>
  `---\n${yaml}\n---\n\nBody text.\n`.replace(/\n/g, lineBreak);

test.each([
  ['double quotes', 'dateline: "Hải Phòng"', 'dateline: "Tokyo"'],
  ['single quotes', "dateline: 'Hải Phòng'", "dateline: 'Tokyo'"],
  ['no quotes', 'dateline: Hải Phòng', 'dateline: Tokyo'],
  ['a folded block', 'dateline: >-\n  Hải Phòng', 'dateline: >-\n  Tokyo'],
  ['a literal block', 'dateline: |-\n  Hải Phòng', 'dateline: |-\n  Tokyo'],
])(
  'a value in %s keeps its style when changed, and changed back gives the file back',
  (_, field, changed) => {
    const source = pieceWith(`title: A headline\n${field}\npublished: 2025-04-29`);
    const edited = setFrontmatter(source, { dateline: 'Tokyo' });
    expect(edited).toBe(source.replace(field, changed));
    expect(readFrontmatter(edited)['dateline']).toBe('Tokyo');
    expect(setFrontmatter(edited, { dateline: 'Hải Phòng' })).toBe(source);
  },
);

test('a quoted value that needs its quotes keeps them; text plain YAML would misread gets some', () => {
  const source = pieceWith("title: 'It''s here: the summit'\ndateline: Hanoi");
  expect(setFrontmatter(source, { title: "It's there: the summit" })).toContain(
    "title: 'It''s there: the summit'",
  );
  expect(setFrontmatter(source, { dateline: 'Hanoi: the capital' })).toContain(
    'dateline: "Hanoi: the capital"',
  );
});

test('a folded block over several lines is folded again at its width, and given back as opened', () => {
  const description =
    'description: >-\n  What the 28 April 2025 meeting between the two prime ministers means\n  for security, trade and the region.';
  const source = pieceWith(`title: A headline\n${description}\ndateline: Hanoi`);
  const value = readFrontmatter(source)['description'] as string;
  const edited = setFrontmatter(source, { description: `${value} And for ports.` });
  expect(edited).toContain('description: >-\n  What the');
  expect(readFrontmatter(edited)['description']).toBe(`${value} And for ports.`);
  for (const line of edited.split('\n').filter((l) => l.startsWith('  '))) {
    expect(line.length).toBeLessThanOrEqual(
      '  What the 28 April 2025 meeting between the two prime ministers means'.length,
    );
  }
  // Set back to the value the piece was opened with: written as it was, folds and all.
  expect(setFrontmatter(edited, { description: value }, { opened: source })).toBe(source);
});

test('a piece with CRLF line breaks keeps them in every line it changes or adds', () => {
  const source = pieceWith('title: A headline\ndateline: Hanoi\ntags:\n  - japan\n  - vietnam', '\r\n');
  const changed = setFrontmatter(source, { dateline: 'Tokyo' });
  expect(changed).toBe(source.replace('dateline: Hanoi', 'dateline: Tokyo'));
  const added = setFrontmatter(source, { draft: true, updated: '2025-05-01' });
  expect(added).toBe(
    source.replace('  - vietnam\r\n', '  - vietnam\r\ndraft: true\r\nupdated: 2025-05-01\r\n'),
  );
  const removed = setFrontmatter(source, { dateline: undefined, tags: ['vietnam'] });
  expect(removed).toBe(pieceWith('title: A headline\ntags:\n  - vietnam', '\r\n'));
});

test('a byte-order mark, a missing last line break and an empty frontmatter are kept as they are', () => {
  const bom = `\uFEFF${pieceWith('title: A headline\ndateline: Hanoi')}`;
  expect(setFrontmatter(bom, { dateline: 'Tokyo' })).toBe(bom.replace('Hanoi', 'Tokyo'));
  const unterminated = '---\ntitle: A headline\ndateline: Hanoi\n---\n\nBody text.';
  expect(setFrontmatter(unterminated, { dateline: 'Tokyo' })).toBe(unterminated.replace('Hanoi', 'Tokyo'));
  expect(setFrontmatter('---\n---\nBody.', { title: 'A headline' })).toBe(
    '---\ntitle: A headline\n---\nBody.',
  );
});

test('empty values, comments and a list’s own style stay as written unless changed', () => {
  const source = pieceWith(
    [
      'title: A headline # the headline',
      'description: ""',
      'updated:',
      'byline: [ Jane Doe,  Bo Li ]',
      'tags: []',
      '# the lead image',
      'image:',
      '  src: ./harbour.jpg',
      '  alt: "Ships at the port"',
      '  credit:',
    ].join('\n'),
  );
  // What the form sends for them: nothing for each empty value, the same names, the same image.
  const unchanged = {
    description: undefined,
    updated: null,
    byline: ['Jane Doe', 'Bo Li'],
    tags: [],
    image: { src: './harbour.jpg', alt: 'Ships at the port' },
  };
  expect(setFrontmatter(source, unchanged)).toBe(source);
  // One field of the image changed: that line alone, in its own quotes.
  expect(
    changedLines(source, setFrontmatter(source, { image: { ...unchanged.image, alt: 'Cranes' } })),
  ).toEqual([['  alt: "Ships at the port"', '  alt: "Cranes"']]);
  // One name more: the list stays a flow list and the names it had keep their text.
  expect(changedLines(source, setFrontmatter(source, { byline: ['Jane Doe', 'Bo Li', 'An Tran'] }))).toEqual([
    ['byline: [ Jane Doe,  Bo Li ]', 'byline: [Jane Doe, Bo Li, An Tran]'],
  ]);
});

test('a nested field changes alone, in a flow map too; a new list item is written like YAML reads it', () => {
  const source = pieceWith(
    [
      'updates:',
      '  - date: 2025-12-04',
      '    text: |',
      '      Something happened.',
      '    source: { name: Viet Nam News, url: "https://example.com/a" }',
    ].join('\n'),
  );
  const update = {
    date: '2025-12-04',
    text: 'Something happened.\n',
    source: { name: 'Viet Nam News', url: 'https://example.com/a' },
  };
  expect(
    changedLines(
      source,
      setFrontmatter(source, { updates: [{ ...update, source: { ...update.source, name: 'VNN' } }] }),
    ),
  ).toEqual([
    [
      '    source: { name: Viet Nam News, url: "https://example.com/a" }',
      '    source: { name: VNN, url: "https://example.com/a" }',
    ],
  ]);
  // A block that keeps its last line break keeps its header.
  expect(
    changedLines(source, setFrontmatter(source, { updates: [{ ...update, text: 'Another thing.' }] })),
  ).toEqual([['      Something happened.', '      Another thing.']]);
  const added = setFrontmatter(source, { updates: [update, { date: '2025-12-06', text: 'Later: more.' }] });
  expect(added).toBe(
    source.replace('---\n\nBody', '  - date: 2025-12-06\n    text: "Later: more."\n---\n\nBody'),
  );
  expect(readFrontmatter(added)['updates']).toContainEqual({
    date: new Date('2025-12-06'),
    text: 'Later: more.',
  });
});

test('a scheduled piece’s publishAt, as the form shows it (as written), is untouched; changed or added, it is written as typed', () => {
  for (const line of ['publishAt: 2026-12-24T06:00:00+09:00', 'publishAt: "2026-12-24T06:00:00+09:00"']) {
    const scheduled = piece.replace('dateline: Hanoi\n', `dateline: Hanoi\n${line}\n`);
    const form = withWrittenMoment(readFrontmatter(scheduled), () => scheduled);
    expect(form['publishAt']).toBe('2026-12-24T06:00:00+09:00');
    expect(setFrontmatter(scheduled, form), line).toBe(scheduled);
    expect(setFrontmatter(scheduled, { ...form, publishAt: '2026-12-23T21:00:00Z' }), 'the same moment').toBe(
      scheduled,
    );
    const moved = setFrontmatter(scheduled, { publishAt: '2026-12-25T06:00:00+09:00' });
    expect(changedLines(scheduled, moved)).toHaveLength(1);
    expect(writtenField(moved, 'publishAt')).toBe('2026-12-25T06:00:00+09:00');
  }
  const added = setFrontmatter(piece, { publishAt: '2026-12-24T06:00:00+09:00' });
  expect(writtenField(added, 'publishAt')).toBe('2026-12-24T06:00:00+09:00');
  expect(readFrontmatter(added)['published']).toEqual(new Date('2025-04-29'));
});

test('a new field goes after the last field’s comment, which stays on its own field’s line', () => {
  const commented = piece.replace(
    '    text: Something happened.\n',
    '    text: Something happened.\ndraft: false # set to false to publish\n',
  );
  const edited = setFrontmatter(commented, { image: { src: './a.jpg', alt: 'A' } });
  expect(edited).toContain('draft: false # set to false to publish\nimage:\n  src: ./a.jpg\n  alt: A\n---');
  const crlf = setFrontmatter(commented.replace(/\n/g, '\r\n'), { publishAt: '2026-12-24T06:00:00+09:00' });
  expect(crlf).toContain('draft: false # set to false to publish\r\npublishAt:');
});
