import { expect, test } from 'vitest';
import { buildToc, FOOTNOTES_HEADING_ID } from '../../../src/lib/toc.ts';

test('h3s nest under the h2 before them; the footnotes heading and other levels are left out', () => {
  const toc = buildToc([
    { depth: 2, slug: 'summit', text: 'Summit' },
    { depth: 3, slug: 'two-plus-two', text: 'Two plus two' },
    { depth: 4, slug: 'detail', text: 'Detail' },
    { depth: 2, slug: 'economy', text: 'Economy' },
    { depth: 2, slug: FOOTNOTES_HEADING_ID, text: 'Sources' },
  ]);
  expect(toc).toEqual([
    {
      slug: 'summit',
      text: 'Summit',
      children: [{ slug: 'two-plus-two', text: 'Two plus two', children: [] }],
    },
    { slug: 'economy', text: 'Economy', children: [] },
  ]);
});

test('an h3 before any h2 stays in the table of contents', () => {
  expect(buildToc([{ depth: 3, slug: 'intro', text: 'Intro' }]).map((e) => e.slug)).toEqual(['intro']);
});
