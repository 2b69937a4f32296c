import type { AstroUserConfig, FontProvider } from 'astro';
import { fontsourceFaces, fontsourceSlices, withoutOverlaps } from '../lib/fontsource.ts';

/**
 * The site's two typefaces, self-hosted from their npm packages through Astro's Fonts API (no
 * request to any other site, at build or in the browser):
 * - Source Serif 4 for reading: body text, deks, bylines, lists, FAQ questions;
 * - Source Sans 3 Bold for structure: headlines, headings, labels, navigation, buttons.
 * One weight of each, because a browser downloads every face a page uses, and a piece's first view
 * must stay within its budget (src/tooling/budgets.ts): the two Latin files are 36 KB. Emphasis is
 * rare in explainers; the browser slants the regular face for it rather than load a third file.
 * Latin, Vietnamese and Latin Extended subsets, so names with diacritics (Phạm Minh Chính) render
 * in the same face; a browser fetches a subset only when the page has characters from it, and each
 * character is declared by one subset only (src/lib/fontsource.ts, withoutOverlaps).
 *
 * Japanese pages use neither: their text is set in the reader's own Japanese fonts (the stacks in
 * src/styles/tokens.css), with Noto Serif JP, self-hosted, behind them for a reader who has none.
 */

/**
 * A font provider for Fontsource packages installed in node_modules: the package's own files,
 * weights and unicode ranges (src/lib/fontsource.ts), each face tagged with its subset so the
 * layout can preload just the Latin one. (Astro's `npm` provider reads the package but then fetches
 * the files from a CDN, which builds here cannot reach; its `local` provider knows no subsets.)
 */
interface PackageOptions {
  package: string;
  /** Installed fonts with the same glyphs, tried before the file is fetched (`local()`). */
  local?: string[];
}

function fontsourcePackage(): FontProvider<PackageOptions> {
  return {
    name: 'fontsource-package',
    resolveFont({ weights, styles, subsets, options }) {
      const faces = fontsourceFaces(options!.package, {
        weights: weights.map(Number),
        styles: styles.filter((style) => style === 'normal' || style === 'italic'),
        subsets,
      });
      return {
        fonts: withoutOverlaps(faces).map(({ file, weight, style, subset, unicodeRange }) => ({
          src: [...(options!.local ?? []).map((name) => ({ name })), { url: file, format: 'woff2' }],
          weight,
          style,
          unicodeRange,
          meta: { subset },
        })),
      };
    },
  };
}

/**
 * The subsets every face carries. Latin is the one every page needs, so the one preloaded (and an
 * edition's own, `fontSubsets` in src/features/editions/editions.ts); Vietnamese before Latin
 * Extended, so that the letters both have are the small Vietnamese file's.
 */
const subsets: [string, ...string[]] = ['latin', 'vietnamese', 'latin-ext'];

/** The CSS variables Astro writes each face's font stack in (src/styles/tokens.css uses them as they are). */
export const FONT_VARIABLES = ['--font-text-face', '--font-ui-face'] as const;

/**
 * The self-hosted Japanese face, last in the Japanese stacks (src/styles/tokens.css), on the pages
 * of editions written in CJK only. Noto Serif JP in Fontsource's 120 unicode-range slices (all
 * kana in one of 54 KB): a browser reaches it only for a character none of the reader's fonts
 * before it has, then takes an installed Noto first (`local()`), and fetches only the slices that
 * hold the page's characters. The layout writes all 120 rules; after the build, each page keeps
 * those of its own characters (src/integrations/page-fonts.ts). Weight 400 only: headlines borrow
 * it, made bold by the browser.
 */
export const JAPANESE_FALLBACK_VARIABLE = '--font-japanese-fallback-face';

type FontsConfig = NonNullable<AstroUserConfig<never, never, FontProvider<PackageOptions>[]>['fonts']>;

/**
 * One face from its Fontsource package. Astro writes `cssVariable` as the whole font stack: the
 * face, a local font sized to match its metrics (made from the last, generic, fallback), then
 * `fallbacks`; src/styles/tokens.css uses it as it is.
 */
const face = (
  name: string,
  cssVariable: string,
  weight: number,
  fallbacks: string[],
): FontsConfig[number] => ({
  provider: fontsourcePackage(),
  name,
  cssVariable,
  // Fontsource names each package after its family, in lower-case words joined by hyphens.
  options: { package: `@fontsource/${name.toLowerCase().replaceAll(' ', '-')}` },
  weights: [weight],
  styles: ['normal'],
  subsets,
  // Optional, not swap: text shows at once, and if the font is not there within the first
  // moment (a slow connection), the page keeps the fallback instead of swapping late and moving
  // everything (a measured shift of 0.15 on a piece); the next page has the font from the cache.
  display: 'optional',
  fallbacks,
});

const japaneseFallback: FontsConfig[number] = {
  provider: fontsourcePackage(),
  name: 'Noto Serif JP',
  cssVariable: JAPANESE_FALLBACK_VARIABLE,
  options: { package: '@fontsource/noto-serif-jp', local: ['Noto Serif CJK JP', 'Noto Serif JP'] },
  weights: [400],
  styles: ['normal'],
  // Its numbered slices: the Japanese characters. Latin text keeps the fonts before it in the stack.
  subsets: fontsourceSlices('@fontsource/noto-serif-jp', 400) as [string, ...string[]],
  // Swap, not optional: it stands in only where the page would otherwise show empty boxes.
  display: 'swap',
  // A fallback itself: no metric-matched stand-in of its own.
  optimizedFallbacks: false,
  fallbacks: [],
};

export const fonts: FontsConfig = [
  face('Source Serif 4', FONT_VARIABLES[0], 400, ['Georgia', 'serif']),
  face('Source Sans 3', FONT_VARIABLES[1], 700, ['Arial', 'sans-serif']),
  japaneseFallback,
];
