import { expect, test } from 'vitest';
import { pageDataOf } from '../../../src/markdown/page-data.ts';
import { renderPiece } from '../../support/render.ts';

test('every kind of page data the plugins hand a piece is read back, even where there is none of it', async () => {
  const { data } = await renderPiece('# A piece\n\nNo questions, polls or maps here.');
  expect(data).toEqual({ faq: [], polls: [], maps: [], terms: [], readingMinutes: 1 });
});

test('a page whose MDX skipped the pipeline stops the build, naming the file and what is missing', () => {
  // Before, a missing FAQ or poll list read as none: the page lost its share pages or votes silently.
  expect(() => pageDataOf({ title: 'A piece', readingMinutes: 3 }, 'content/pieces/a.mdx')).toThrow(
    /^content\/pieces\/a\.mdx: the Markdown pipeline did not hand this page its "faq" \(.*\), "polls" \(.*\), "maps" \(.*\), "terms" \(.*\)\. MDX must be compiled by the site’s Markdown pipeline/,
  );
  expect(() =>
    pageDataOf({ faq: [], polls: [], maps: [], terms: [], readingMinutes: 'soon' }, 'content/pieces/b.mdx'),
  ).toThrow('content/pieces/b.mdx: the Markdown pipeline did not hand this page its "readingMinutes"');
});
