import { expect, test } from 'vitest';
import { renderPiece } from '../../support/render.ts';

test('cited footnotes with definitions and images with alt text pass', async () => {
  const { html } = await renderPiece('A claim.[^a]\n\n![A map of Hanoi](/map.png)\n\n[^a]: A source.');
  expect(html).toContain('alt="A map of Hanoi"');
  expect(html).toMatch(/<h2 [^>]*id="footnote-label"[^>]*>Sources<\/h2>/);
});

test('a footnote reference without a definition fails with the line and the fix', async () => {
  await expect(renderPiece('Intro.\n\nA claim.[^kyodo]')).rejects.toThrow(
    '.mdx:3:1: the footnote [^kyodo] has no definition, so readers would see "[^kyodo]" instead of a source. ' +
      'Add a line "[^kyodo]: The source, with a [link](https://…)." at the end of the piece, or fix the name.',
  );
});

test('a footnote definition nothing cites fails, since GFM would drop it silently', async () => {
  await expect(renderPiece('Text.\n\n[^orphan]: A source nobody cites.')).rejects.toThrow(
    '.mdx:3:1: the footnote [^orphan] is defined but never cited, so it would not be shown. Cite it in the text with [^orphan], or remove the definition.',
  );
});

test('an image without alt text fails, in Markdown or as a tag', async () => {
  await expect(renderPiece('Intro.\n\n![](/map.png)')).rejects.toThrow(
    '.mdx:3:1: the image /map.png has no alt text. Describe it for readers who cannot see it: ![What the image shows](/map.png).',
  );
  await expect(renderPiece('<img src="/map.png" />')).rejects.toThrow(
    '.mdx:1:1 alt: the <img> has no alt text. Add alt="what the image shows".',
  );
});

test('broken MDX stops the build at the place it breaks', async () => {
  await expect(renderPiece('Intro.\n\n<ExpertTip>\nAn unclosed tip.\n\n## Next section\n')).rejects.toThrow(
    'Expected a closing tag for `<ExpertTip>` (3:1-3:12)',
  );
});
