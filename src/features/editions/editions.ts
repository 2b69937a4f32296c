/**
 * The site's editions: one language of the site each, configured once, here. The first entry is
 * the default edition, served at the root (`/`); every other edition lives under its code
 * (`/ja/`), keeps its translated pieces in the content folder's `pieces/<code>/`, and its words in
 * `./strings/<code>.json`. A new edition is one entry below, one strings file and its translated
 * pieces: no other code names an edition.
 *
 * Pure data and functions, importing nothing: src/lib/routes.ts, astro.config.mjs (Node, before
 * any bundler) and the browser islands all import it.
 */
export interface Edition {
  /** Its addresses' first segment (`/ja/`), its pieces' folder (`pieces/ja/`), its strings file (`ja.json`). */
  readonly code: string;
  /** BCP 47 language: `<html lang>`, hreflang, Intl's dates, numbers, lists and plurals, the feed's language. */
  readonly lang: string;
  /** The edition's name in its own language, as the language switcher shows it. */
  readonly name: string;
  /** Open Graph's locale (language_TERRITORY). */
  readonly ogLocale: string;
  /** The script its text is written in, which decides its type (fonts, line breaking). */
  readonly script: 'latin' | 'cjk';
  /**
   * Subsets of the site's faces (src/styles/fonts.ts) its text needs besides Latin, preloaded on
   * its pages like Latin so that a first visit draws its letters in the same face, not a fallback.
   */
  readonly fontSubsets?: readonly string[];
}

// One line per edition; the first is the default edition, at the root.
export const EDITIONS: readonly Edition[] = [
  { code: 'en', lang: 'en-GB', name: 'English', ogLocale: 'en_GB', script: 'latin' },
  { code: 'ja', lang: 'ja', name: '日本語', ogLocale: 'ja_JP', script: 'cjk' },
  {
    code: 'vi',
    lang: 'vi',
    name: 'Tiếng Việt',
    ogLocale: 'vi_VN',
    script: 'latin',
    fontSubsets: ['vietnamese'],
  },
];

/** The edition served at the root, whose pieces are the originals every translation names. */
export const DEFAULT_EDITION: Edition = EDITIONS[0]!;

/** Every edition but the default: the ones with an address prefix and a pieces folder of their own. */
export const PREFIXED_EDITIONS: readonly Edition[] = EDITIONS.slice(1);

for (const [index, edition] of EDITIONS.entries()) {
  const problem = !/^[a-z]{2,3}$/.test(edition.code)
    ? 'its code must be an ISO 639 language code of two or three lowercase letters, like "ja"'
    : EDITIONS.findIndex((other) => other.code === edition.code) !== index
      ? 'its code is used by an earlier edition'
      : !Intl.DateTimeFormat.supportedLocalesOf(edition.lang).length
        ? `its lang "${edition.lang}" is a language this Node's Intl does not know`
        : null;
  if (problem) {
    throw new Error(
      `src/features/editions/editions.ts: the edition "${edition.code}" is misconfigured: ${problem}.`,
    );
  }
}

export const isDefaultEdition = (edition: Edition) => edition.code === DEFAULT_EDITION.code;

/** The edition with this code, or undefined. */
export function editionByCode(code: string | undefined): Edition | undefined {
  return EDITIONS.find((edition) => edition.code === code);
}

/** The edition whose `lang` this is (Astro's `currentLocale`), or undefined. */
export function editionByLang(lang: string | undefined): Edition | undefined {
  return EDITIONS.find((edition) => edition.lang === lang);
}

/** A code of an edition other than the default: the first segment of its addresses. */
export function prefixedEdition(segment: string | undefined): Edition | undefined {
  return PREFIXED_EDITIONS.find((edition) => edition.code === segment);
}

/**
 * The edition a piece belongs to, from its id (its address): `ja/summit` is Japanese, `summit`
 * the default edition's.
 */
export function editionOfPiece(id: string): Edition {
  const slash = id.indexOf('/');
  return (slash > 0 && prefixedEdition(id.slice(0, slash))) || DEFAULT_EDITION;
}
