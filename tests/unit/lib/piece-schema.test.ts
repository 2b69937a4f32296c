import { expect, test } from 'vitest';
import { pieceSchema } from '../../../src/lib/piece-schema.ts';
import { TAGS_FILE, tagNames } from '../../../src/lib/tags.ts';

import { schemaProblems as problems, VALID_FRONTMATTER as valid } from '../../support/piece-frontmatter.ts';

test('a complete frontmatter passes; a single byline becomes a list, tags and updates default to none', () => {
  expect(pieceSchema().parse(valid)).toMatchObject({
    byline: ['test-desk'],
    tags: [],
    updates: [],
    draft: false,
  });
});

test('a missing or empty headline asks for one, with an example', () => {
  const untitled: Record<string, unknown> = { ...valid, title: undefined };
  expect(problems(untitled)).toEqual([
    'title: Add the headline as text, like title: "What the Hanoi summit means"',
  ]);
  expect(problems({ ...valid, title: ' ' })).toEqual([
    'title: Add the headline; it is empty. Write it like title: "What the Hanoi summit means"',
  ]);
});

test('a date that is not YYYY-MM-DD says how to write it', () => {
  expect(problems({ ...valid, published: 'last Tuesday' })).toEqual([
    'published: Write the date as YYYY-MM-DD, for example 2025-04-29.',
  ]);
});

test('an updated date before the published date is refused', () => {
  expect(problems({ ...valid, updated: '2025-01-01' })).toEqual([
    'updated: The updated date is before the published date.',
  ]);
});

test('a tag that is not allowed names the closest allowed one, all of them and the file to add it to', () => {
  const [tag] = tagNames;
  expect(problems({ ...valid, tags: [tag, `${tag}x`] })).toEqual([
    `tags.1: "${tag}x" is not an allowed tag. Did you mean "${tag}"? Allowed: ${tagNames.join(', ')}. ` +
      `To add a new tag, add it to ${TAGS_FILE}.`,
  ]);
});

test('a field the schema does not know is refused rather than ignored', () => {
  expect(problems({ ...valid, subtitle: 'x' })).toEqual([expect.stringContaining('subtitle')]);
});

test('a lead image needs its file, alt text, caption and credit, each asked for by name', () => {
  const image = {
    src: './harbour.jpg',
    alt: 'Ships in a harbour',
    caption: 'The harbour.',
    credit: 'Photo: A. Person',
  };
  expect(problems({ ...valid, image })).toEqual([]);
  expect(problems({ ...valid, image: { ...image, alt: undefined, credit: ' ' } })).toEqual([
    'image.alt: Add alt text saying what the picture shows as text, like alt: "Container ships at Hai Phong port"',
    'image.credit: Add the credit; it is empty. Write it like credit: "Photo: Jane Doe / The Explainer"',
  ]);
  expect(problems({ ...valid, image: { ...image, caption: undefined } })).toEqual([
    'image.caption: Add a caption as text, like caption: "Hai Phong port, where much of the trade passes."',
  ]);
  expect(problems({ ...valid, image: './harbour.jpg' })[0]).toMatch(
    /^image: Write the lead image as src, alt, caption and credit/,
  );
});
