import { expect, test } from 'vitest';
import { fontsourceFaces, fontsourceSlices, withoutOverlaps } from '../../../src/lib/fontsource.ts';

const face = (subset: string, unicodeRange: string[]) => ({
  subset,
  weight: 400,
  style: 'normal',
  unicodeRange,
});

test('each character is declared by the first face that covers it, so a browser fetches one file for it', () => {
  const [latin, vietnamese, latinExt] = withoutOverlaps([
    face('latin', ['U+0000-00FF', 'U+0304']),
    face('vietnamese', ['U+0102-0103', 'U+0304', 'U+1EA0-1EF9']),
    face('latin-ext', ['U+0100-02BA', 'U+1EF2-1EFF']),
  ]);
  expect(latin!.unicodeRange).toEqual(['U+0000-00FF', 'U+0304']);
  expect(vietnamese!.unicodeRange).toEqual(['U+0102-0103', 'U+1EA0-1EF9']);
  // ă (U+0103) and ỳ (U+1EF3) are the Vietnamese file's; Latin Extended keeps the rest.
  expect(latinExt!.unicodeRange).toEqual(['U+0100-0101', 'U+0104-02BA', 'U+1EFA-1EFF']);
});

test('faces of another weight keep their own ranges', () => {
  const [, bold] = withoutOverlaps([
    face('latin', ['U+0000-00FF']),
    { ...face('latin', ['U+0000-00FF']), weight: 700 },
  ]);
  expect(bold!.unicodeRange).toEqual(['U+0000-00FF']);
});

test('the site’s faces, as the site declares them: no Vietnamese letter in two files', () => {
  const faces = withoutOverlaps(
    fontsourceFaces('@fontsource/source-serif-4', {
      weights: [400],
      styles: ['normal'],
      subsets: ['latin', 'vietnamese', 'latin-ext'],
    }),
  );
  const covers = (ranges: string[], char: string) =>
    ranges.some((range) => {
      const [from = '', to = from] = range.slice(2).split('-');
      const code = char.codePointAt(0)!;
      return parseInt(from, 16) <= code && code <= parseInt(to, 16);
    });
  for (const char of 'ăđơưạỳĩũ')
    expect(faces.filter((f) => covers(f.unicodeRange, char)).map((f) => f.subset)).toEqual(['vietnamese']);
});

test('Fontsource’s numbered CJK slices are read like any subset', () => {
  const slices = fontsourceSlices('@fontsource/noto-serif-jp', 400);
  expect(slices).toHaveLength(120);
  const [kana] = fontsourceFaces('@fontsource/noto-serif-jp', {
    weights: [400],
    styles: ['normal'],
    subsets: slices.filter((_, i) => i === 119),
  });
  expect(kana!.file).toMatch(/noto-serif-jp-119-400-normal\.woff2$/);
});
