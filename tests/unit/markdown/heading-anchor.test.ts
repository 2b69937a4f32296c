import { expect, test } from 'vitest';
import { renderPiece } from '../../support/render.ts';

test('h2 and h3 get a focusable id and a labelled "#" link after them', async () => {
  const { html } = await renderPiece('## The Role of CPTPP\n\n### A closer look');
  expect(html).toContain(
    '<div class="heading-wrapper"><h2 id="the-role-of-cptpp" tabindex="-1" data-anchor="section">The Role of CPTPP</h2>' +
      '<a class="heading-anchor" data-copy-link data-pagefind-ignore href="#the-role-of-cptpp"><span aria-hidden="true">#</span>' +
      '<span class="sr-only">Link to section: The Role of CPTPP</span></a></div>',
  );
  expect(html).toContain('href="#a-closer-look"');
});

test('the Sources heading and other levels get no anchor link', async () => {
  const { html } = await renderPiece('# Title\n\n#### Minor\n\nText.[^1]\n\n[^1]: A source.');
  expect(html).not.toContain('heading-anchor');
});
