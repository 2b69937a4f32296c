import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { drawPicture } from '../../../support/draw-images.ts';
import { renderPiece, TEST_PIECES_DIR } from '../../../support/render.ts';

// Test pieces are compiled from TEST_PIECES_DIR, so their pictures sit beside them there.
beforeAll(async () => {
  mkdirSync(TEST_PIECES_DIR, { recursive: true });
  await drawPicture(join(TEST_PIECES_DIR, 'figure-test.jpg'), { width: 1000, height: 600, seed: 4 });
});

/** The <picture> a figure renders: its sources' formats, and its <img>'s attributes. */
function picture(html: string) {
  const formats = [...html.matchAll(/<source [^>]*type="image\/(\w+)"/g)].map((m) => m[1]);
  const img = /<img [^>]*>/.exec(html.slice(html.indexOf('<picture')))?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(img)?.[1];
  return { formats, attribute };
}

test('a <Figure> serves its picture in AVIF and WebP at several widths, sized, lazily, with caption and credit', async () => {
  const { html } = await renderPiece(
    '<Figure src="./figure-test.jpg" alt="Drawn hills" caption="Hills at noon." credit="Drawing: the tests" />',
  );
  const { formats, attribute } = picture(html);
  expect(formats).toEqual(['avif', 'webp']);
  expect(attribute('alt')).toBe('Drawn hills');
  expect([attribute('width'), attribute('height')]).toEqual(['1000', '600']);
  expect(attribute('loading')).toBe('lazy');
  expect(attribute('srcset')?.split(',').length, 'widths up to the original').toBe(2);
  expect(html).toMatch(
    /<figcaption[^>]*>Hills at noon\.<span class="credit"[^>]*>Drawing: the tests<\/span><\/figcaption>/,
  );
});

test('a Markdown picture on its own line becomes the same figure, its title the caption', async () => {
  const { html } = await renderPiece('Text.\n\n![Drawn hills](./figure-test.jpg "Hills at noon.")\n');
  expect(picture(html).formats).toEqual(['avif', 'webp']);
  expect(html).toMatch(/<figcaption[^>]*>Hills at noon\.<\/figcaption>/);
});

test.each([
  [
    'a picture that is not there',
    '<Figure src="./nowhere.jpg" alt="Nothing" />',
    ':1:1: there is no picture at ./nowhere.jpg.',
  ],
  [
    'a figure without alt text',
    '<Figure src="./figure-test.jpg" />',
    '<Figure>: the prop "alt" received nothing (the prop is missing), but it must be what the picture shows',
  ],
  [
    'a path that is not beside the piece',
    '<Figure src="/images/x.jpg" alt="X" />',
    'must be the picture’s file, from the piece’s folder (a .jpg, .png, .webp or .avif)',
  ],
])('%s stops the build at its line', async (_, mdx, message) => {
  await expect(renderPiece(mdx)).rejects.toThrow(message);
});
