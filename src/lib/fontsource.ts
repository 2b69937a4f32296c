import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One face of a Fontsource package: its woff2 file and the characters it covers. */
interface FontsourceFace {
  /** Absolute path of the woff2 file. */
  file: string;
  weight: number;
  style: 'normal' | 'italic';
  subset: string;
  /** CSS unicode-range entries: `U+0000-00FF`, `U+0131`. */
  unicodeRange: string[];
}

/** `U+0100-02BA` → [0x100, 0x2ba]; `U+0131` → [0x131, 0x131]: the ranges Takumi takes to pick a subset per character. */
export const codePoints = (range: string): [number, number] => {
  const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
  return [parseInt(from, 16), parseInt(to, 16)];
};

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
/** [0x100, 0x2ba] → `U+0100-02BA`: a unicode-range entry. */
export const rangeText = ([from, to]: [number, number]) =>
  from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`;

/** `ranges` without the code points in `taken`. */
function subtract(ranges: [number, number][], taken: [number, number][]): [number, number][] {
  return taken.reduce<[number, number][]>(
    (left, [cutFrom, cutTo]) =>
      left.flatMap(([from, to]): [number, number][] => {
        if (cutTo < from || cutFrom > to) return [[from, to]];
        return [
          ...(from < cutFrom ? [[from, cutFrom - 1] as [number, number]] : []),
          ...(to > cutTo ? [[cutTo + 1, to] as [number, number]] : []),
        ];
      }),
    ranges,
  );
}

/**
 * The faces with each character declared by one face only: the first, in the order given, that
 * covers it. A browser fetches every face whose unicode-range covers a character on the page, so
 * with Fontsource's overlapping subsets a Vietnamese page fetched the Latin Extended file as well
 * as the Vietnamese one for the same letters (ă, đ, ơ, ư: 51 KB more for nothing).
 */
export function withoutOverlaps<Face extends { weight: number; style: string; unicodeRange: string[] }>(
  faces: Face[],
): Face[] {
  const claimed = new Map<string, [number, number][]>();
  return faces.map((face) => {
    const key = `${face.weight} ${face.style}`;
    const taken = claimed.get(key) ?? [];
    const own = face.unicodeRange.map(codePoints);
    claimed.set(key, [...taken, ...own]);
    return { ...face, unicodeRange: subtract(own, taken).map(rangeText) };
  });
}

/** The subsets of a Fontsource package at a weight and style, in its CSS's order: `latin`, `[0]`… */
function fontsourceSubsets(pkg: string, weight: number, style: 'normal' | 'italic' = 'normal'): string[] {
  const css = readFileSync(cssFileOf(pkg, weight, style), 'utf8');
  const name = pkg.replace(/^@fontsource\//, '');
  return [...css.matchAll(new RegExp(`/\\* ${name}-(.+)-${weight}-${style} \\*/`, 'g'))].map(
    (match) => match[1]!,
  );
}

/** A CJK package's numbered slices (`[0]`…`[119]`): its kana and kanji, without its Latin subsets. */
export const fontsourceSlices = (pkg: string, weight: number): string[] =>
  fontsourceSubsets(pkg, weight).filter((subset) => /^\[\d+\]$/.test(subset));

const packageRoot = (pkg: string) =>
  dirname(createRequire(join(process.cwd(), 'package.json')).resolve(`${pkg}/package.json`));
const cssFileOf = (pkg: string, weight: number, style: 'normal' | 'italic') =>
  join(packageRoot(pkg), `${weight}${style === 'italic' ? '-italic' : ''}.css`);
/** A subset's name as a pattern: Fontsource numbers CJK slices `[0]`, `[1]`… */
const literal = (text: string) => text.replace(/[[\]]/g, '\\$&');

/**
 * The faces of a Fontsource package installed in node_modules, read from the package's own CSS
 * (one `@font-face` per weight, style and subset). Packages are resolved from the project root:
 * this runs in the config and in Astro's bundled build output, whose own location says nothing.
 */
export function fontsourceFaces(
  pkg: string,
  { weights, styles, subsets }: { weights: number[]; styles: ('normal' | 'italic')[]; subsets: string[] },
): FontsourceFace[] {
  const root = packageRoot(pkg);
  return weights.flatMap((weight) =>
    styles.flatMap((style) => {
      const cssFile = cssFileOf(pkg, weight, style);
      const css = readFileSync(cssFile, 'utf8');
      return subsets.map((subset) => {
        const face = new RegExp(`/\\* [\\w-]+-${literal(subset)}-${weight}-${style} \\*/[^}]*}`).exec(
          css,
        )?.[0];
        const src = face && /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(face)?.[1];
        const range = face && /unicode-range: ([^;]+);/.exec(face)?.[1];
        if (!src || !range)
          throw new Error(`${pkg} has no ${subset} ${style} face at weight ${weight} (read ${cssFile}).`);
        return { file: join(root, src), weight, style, subset, unicodeRange: range.split(',') };
      });
    }),
  );
}
