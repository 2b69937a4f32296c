import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readFrontmatter, setFrontmatter } from '../../../../src/tooling/editor/frontmatter-edit.ts';
import { pieceFiles } from '../../../../src/tooling/content-check.ts';
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
