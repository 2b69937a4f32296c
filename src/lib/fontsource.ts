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

/**
 * The faces of a Fontsource package installed in node_modules, read from the package's own CSS
 * (one `@font-face` per weight, style and subset). Packages are resolved from the project root:
 * this runs in the config and in Astro's bundled build output, whose own location says nothing.
 */
export function fontsourceFaces(
  pkg: string,
  { weights, styles, subsets }: { weights: number[]; styles: ('normal' | 'italic')[]; subsets: string[] },
): FontsourceFace[] {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const root = dirname(require.resolve(`${pkg}/package.json`));
  return weights.flatMap((weight) =>
    styles.flatMap((style) => {
      const cssFile = join(root, `${weight}${style === 'italic' ? '-italic' : ''}.css`);
      const css = readFileSync(cssFile, 'utf8');
      return subsets.map((subset) => {
        const face = new RegExp(`/\\* [\\w-]+-${subset}-${weight}-${style} \\*/[^}]*}`).exec(css)?.[0];
        const src = face && /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(face)?.[1];
        const range = face && /unicode-range: ([^;]+);/.exec(face)?.[1];
        if (!src || !range)
          throw new Error(`${pkg} has no ${subset} ${style} face at weight ${weight} (read ${cssFile}).`);
        return { file: join(root, src), weight, style, subset, unicodeRange: range.split(',') };
      });
    }),
  );
}
