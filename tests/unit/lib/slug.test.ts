import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { slugify } from '../../../src/lib/slug.ts';

/** The id rehype-slug gives a Markdown heading with this text. */
async function headingId(text: string): Promise<string> {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeSlug)
      .use(rehypeStringify)
      .process(`## ${text}`),
  );
  return /id="([^"]*)"/.exec(html)![1]!;
}

test.each([
  'Why are Japan and Vietnam strengthening their ties?',
  'What is the “Two plus Two” dialogue?',
  'What are the implications of Donald Trump’s potential return to power?',
  'What is the US’s role in Japan-Vietnam relations?',
  'Ça va? 日本とベトナム',
])('a question slugs to the id rehype-slug gives the same heading: %s', async (text) => {
  expect(slugify(text)).toBe(await headingId(text));
});
