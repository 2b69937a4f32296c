import { expect, test } from 'vitest';
import { renderPiece } from '../../support/render.ts';

test('h2 and h3 get a focusable id and a labelled "#" link after them', async () => {
  const { html } = await renderPiece('## The Role of CPTPP\n\n### A closer look');
  expect(html).toContain(
    '<div class="heading-wrapper"><h2 id="the-role-of-cptpp" tabindex="-1" data-anchor="section">The Role of CPTPP</h2>' +
      '<a class="heading-anchor" data-copy-link data-pagefind-ignore href="#the-role-of-cptpp"><span aria-hidden="true">#</span>' +
      '<span class="sr-only"><span data-copy-text="Copy link to section: The Role of CPTPP">Link to section: The Role of CPTPP</span></span></a></div>',
  );
  expect(html).toContain('href="#a-closer-look"');
});

test('the words the pipeline writes are the page’s edition’s, chosen when the page renders', async () => {
  const mdx = '## 経済面\n\n本文。[^1]\n\n[^1]: 出典（英語）。';
  const { html } = await renderPiece(mdx, { edition: 'ja' });
  expect(html).toContain(
    '<span data-copy-text="この節へのリンクをコピー：経済面">この節へのリンク：経済面</span>',
  );
  expect(html).toMatch(/<h2 class="sources-heading" id="footnote-label">出典<\/h2>/);
  expect(html).toMatch(
    /<a [^>]*data-footnote-backref[^>]*>.*<span class="sr-only">本文の参照箇所1に戻る<\/span><\/a>/,
  );
  expect(html).not.toContain('aria-label="1"');
  // The same compiled piece, rendered in the default edition.
  const english = (await renderPiece(mdx)).html;
  expect(english).toMatch(/<h2 class="sources-heading" id="footnote-label">Sources<\/h2>/);
  expect(english).toContain('<span class="sr-only">Back to reference 1</span>');
});

test('the Sources heading and other levels get no anchor link', async () => {
  const { html } = await renderPiece('# Title\n\n#### Minor\n\nText.[^1]\n\n[^1]: A source.');
  expect(html).not.toContain('heading-anchor');
});
