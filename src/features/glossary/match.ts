import type { GlossaryEntry } from './glossary.ts';

/**
 * A letter or digit of a script that puts spaces between words. Han, hiragana and katakana are left
 * out: Japanese runs words together, so a term written in them is found anywhere in the text, and
 * a Latin term beside them ("CPTPPに署名") still has its edges.
 */
const WORD_CHARACTER = String.raw`[[\p{L}\p{N}\p{M}]--[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}]]`;
const isWordCharacter = (character: string) => new RegExp(WORD_CHARACTER, 'v').test(character);

/**
 * What two spellings share when they are one word to the glossary: the same letters, except that
 * the first may be a capital or not ("Quần đảo Senkaku" opens a sentence, "quần đảo Senkaku" runs on).
 */
export function spellingKey(spelling: string): string {
  const [first = '', ...rest] = spelling;
  return first.toLowerCase() + rest.join('');
}

/** A spelling as a pattern: whole words where it begins or ends with a letter of a spaced script. */
function pattern(spelling: string): string {
  const [first = '', ...rest] = spelling;
  const cases = [...new Set([first.toLowerCase(), first.toUpperCase()])];
  const head = cases.length > 1 ? `[${cases.map((c) => RegExp.escape(c)).join('')}]` : RegExp.escape(first);
  const start = isWordCharacter(first) ? `(?<!${WORD_CHARACTER})` : '';
  const end = isWordCharacter(spelling.at(-1)!) ? `(?!${WORD_CHARACTER})` : '';
  return `${start}${head}${RegExp.escape(rest.join(''))}${end}`;
}

export interface TermMatch {
  entry: GlossaryEntry;
  /** Where the spelling starts in the text, and the text it matched. */
  index: number;
  text: string;
}

/**
 * Finds the glossary's terms in running text, by their term and every other spelling, as written
 * but for the first letter's case: at each place, the longest spelling that matches ("Comprehensive
 * Strategic Partnership", not "Strategic Partnership").
 */
export function termFinder(entries: readonly GlossaryEntry[]): (text: string) => TermMatch[] {
  const bySpelling = new Map(
    entries.flatMap((entry) => [entry.term, ...entry.spellings].map((s) => [spellingKey(s), entry] as const)),
  );
  if (bySpelling.size === 0) return () => [];
  const spellings = [...bySpelling.keys()].sort((a, b) => b.length - a.length);
  const regex = new RegExp(spellings.map(pattern).join('|'), 'gv');
  return (text) =>
    [...text.matchAll(regex)].map((match) => ({
      entry: bySpelling.get(spellingKey(match[0]))!,
      index: match.index,
      text: match[0],
    }));
}
