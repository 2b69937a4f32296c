import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { headingAnchorOptions } from '../../../src/plugins/heading-anchor.ts';

const render = async (markdown: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSlug)
      .use(rehypeAutolinkHeadings, headingAnchorOptions)
      .use(rehypeStringify)
      .process(markdown),
  );

test('h2 and h3 get a focusable id and a labelled "#" link after them', async () => {
  const html = await render('## The Role of CPTPP\n\n### A closer look');
  expect(html).toContain(
    '<div class="heading-wrapper"><h2 id="the-role-of-cptpp" tabindex="-1" data-anchor="section">The Role of CPTPP</h2>' +
      '<a class="heading-anchor" data-copy-link="" data-pagefind-ignore="" href="#the-role-of-cptpp"><span aria-hidden="true">#</span>' +
      '<span class="sr-only">Link to section: The Role of CPTPP</span></a></div>',
  );
  expect(html).toContain('href="#a-closer-look"');
});

test('the footnotes heading and other levels get no anchor link', async () => {
  const html = await render('# Title\n\n#### Minor\n\nText.[^1]\n\n[^1]: A source.');
  expect(html).not.toContain('heading-anchor');
});
