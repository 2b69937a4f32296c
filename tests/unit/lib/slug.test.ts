import { expect, test } from 'vitest';
import { slugify } from '../../../src/lib/slug.ts';
import { renderPiece } from '../../support/render.ts';

test.each([
  'Why are Japan and Vietnam strengthening their ties?',
  'What is the “Two plus Two” dialogue?',
  'What are the implications of Donald Trump’s potential return to power?',
  'What is the US’s role in Japan-Vietnam relations?',
  'Ça va? 日本とベトナム',
])('a question slugs to the id the pipeline gives the same heading: %s', async (text) => {
  const { headings } = await renderPiece(`## ${text}`);
  expect(slugify(text)).toBe(headings[0]!.slug);
});
