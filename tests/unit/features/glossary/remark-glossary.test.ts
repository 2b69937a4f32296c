import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { remarkGlossary } from '../../../../src/features/glossary/remark-glossary.ts';
import GlossaryNotes from '../../../../src/features/glossary/components/GlossaryNotes.astro';
import { renderComponent, renderPiece } from '../../../support/render.ts';

/** The newsroom's glossary (tests/fixtures/newsroom/glossary/en.yaml) explains these. */
const button = (id: string, text: string) =>
  `<button type="button" class="glossary-term" popovertarget="glossary-${id}">${text}</button>`;

test('the first use of a term in the text becomes a button that opens its definition; later uses stay text', async () => {
  const { html, data } = await renderPiece(
    'A popover opens. A second popover does not.\n\n- Popovers in a list.',
  );
  expect(html).toContain(`<p>A ${button('popover', 'popover')} opens. A second popover does not.</p>`);
  expect(html).toContain('<li>Popovers in a list.</li>');
  expect(data.terms).toEqual([
    {
      id: 'popover',
      term: 'popover',
      definition:
        'A box that opens over the page when its button is pressed, and closes with Esc, a click outside it or its own button.',
      sources: [{ name: 'The test desk' }],
      seeAlso: [
        { id: 'text-fragment', term: 'text fragment', onPage: false },
        { id: 'gazetteer', term: 'gazetteer', onPage: false },
      ],
    },
  ]);
});

test('headings, links, footnotes, callout titles and FAQ questions are not running text', async () => {
  const { html, data } = await renderPiece(
    [
      '## The colophon',
      '',
      'See [the colophon](https://example.com/) and its source.[^c]',
      '',
      '<Callout type="quick-fact" title="A colophon">A body without the term.</Callout>',
      '',
      '<DidYouKnow>',
      '### A colophon, in a heading inside a callout',
      '',
      'Its body has no term either.',
      '</DidYouKnow>',
      '',
      '<FAQ>',
      '<Question q="What is a colophon?">An answer without the term.</Question>',
      '</FAQ>',
      '',
      '[^c]: A footnote on the colophon.',
    ].join('\n'),
  );
  expect(html).not.toContain('glossary-term');
  expect(data.terms).toEqual([]);
});

test('callout bodies, FAQ answers, timeline events and list items are running text', async () => {
  for (const mdx of [
    '<ExpertTip>A tip on the colophon.</ExpertTip>',
    '<FAQ>\n<Question q="Why?">Because of the colophon.</Question>\n</FAQ>',
    '<Timeline>\n  <Event date="2024" title="A colophon">\n    The colophon is written.\n  </Event>\n</Timeline>',
    '- an item on the colophon',
  ]) {
    const { html } = await renderPiece(mdx);
    expect(html, mdx).toContain(button('colophon', 'colophon'));
  }
});

test('an FAQ answer’s share page shows it without the button', async () => {
  const { html, data } = await renderPiece(
    '<FAQ>\n<Question q="Why?">Because of the colophon.</Question>\n</FAQ>',
  );
  expect(html).toContain(button('colophon', 'colophon'));
  expect(data.faq[0]!.answerHtml).toBe('Because of the colophon.');
});

test('a piece turns a term off in its frontmatter; the others stay on', async () => {
  const { html, data } = await renderPiece(
    '---\nglossary:\n  off: [almanac]\n---\n\nThe almanac, the colophon and the gazetteer, in turn.',
  );
  expect(html).toContain(
    `<p>The almanac, the ${button('colophon', 'colophon')} and the <span class="nowrap">${button('gazetteer', 'gazetteer')},</span> in turn.</p>`,
  );
  expect(data.terms.map((note) => note.id)).toEqual(['colophon', 'gazetteer']);
});

test('punctuation written against a term stays on its line, with it', async () => {
  const { html } = await renderPiece('A “colophon” (popover) and a text fragment.');
  expect(html).toContain(
    `<p>A <span class="nowrap">“${button('colophon', 'colophon')}”</span> <span class="nowrap">(${button('popover', 'popover')})</span> and a <span class="nowrap">${button('text-fragment', 'text fragment')}.</span></p>`,
  );
});

test('a related term is a button when its definition is on the page too', async () => {
  const { data } = await renderPiece('A popover and a text fragment.');
  expect(
    data.terms.map(({ id, seeAlso }) => [id, seeAlso.map((other) => `${other.id}:${other.onPage}`)]),
  ).toEqual([
    ['popover', ['text-fragment:true', 'gazetteer:false']],
    ['text-fragment', ['popover:true']],
  ]);
});

test('a piece in an edition’s folder uses that edition’s glossary, found inside Japanese text', async () => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGlossary);
  const file = new VFile({
    path: 'tests/fixtures/newsroom/pieces/ja/piece.mdx',
    value: 'ポップオーバーを開くと、TFの説明が出る。popoverは英語。',
  });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const paragraph = tree.children[0] as Paragraph;
  expect(
    paragraph.children.filter((node) => node.type === 'glossaryTerm').map((node) => toString(node)),
  ).toEqual(['ポップオーバー', 'TF']);
});

test('the definitions are popovers a button closes, their sources and related terms with them', async () => {
  const html = await renderComponent(GlossaryNotes, {
    notes: [
      {
        id: 'text-fragment',
        term: 'text fragment',
        definition: 'The end of a link.',
        sources: [{ name: 'Example Source', url: 'https://example.com/' }, { name: 'The test desk' }],
        seeAlso: [
          { id: 'popover', term: 'popover', onPage: true },
          { id: 'gazetteer', term: 'gazetteer', onPage: false },
        ],
      },
    ],
  });
  expect(html).toMatch(
    /<div class="glossary-notes" data-pagefind-ignore[^>]*><p class="print-only label"[^>]*>Terms explained<\/p>/,
  );
  expect(html).toMatch(
    /<div class="glossary-note" id="glossary-text-fragment" popover role="dialog" aria-labelledby="glossary-text-fragment-term"[^>]*><p class="term"[^>]*><dfn id="glossary-text-fragment-term"[^>]*>text fragment<\/dfn><\/p><p[^>]*>The end of a link.<\/p>/,
  );
  expect(html).toMatch(
    /Sources: <a href="https:\/\/example.com\/"[^>]*>Example Source<\/a>; The test desk<\/p>/,
  );
  expect(html).toMatch(
    /See also: <button type="button" class="glossary-term" popovertarget="glossary-popover"[^>]*>popover<\/button>, gazetteer<\/p>/,
  );
  expect(html).toMatch(
    /<button type="button" class="close" popovertarget="glossary-text-fragment" popovertargetaction="hide"[^>]*>Close<\/button>/,
  );
  expect((await renderComponent(GlossaryNotes, { notes: [] })).trim()).toBe('');
});
