/** Average silent-reading speed for non-fiction in English, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/**
 * Average silent-reading speed for text written without spaces between words (Japanese, Chinese),
 * in characters per minute: adult Japanese readers read about 400–600 a minute.
 */
export const CHARACTERS_PER_MINUTE = 500;

/** Characters of scripts written without spaces between words, counted one by one. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * A text's length as reading time counts it: its characters of unspaced scripts, and its words
 * (runs of characters that hold a letter or digit) in the rest.
 */
export function textLength(text: string): { words: number; unspaced: number } {
  return {
    words: countWords(text.replace(UNSPACED, ' ')),
    unspaced: text.match(UNSPACED)?.length ?? 0,
  };
}

/** Counts words in plain text: runs of characters that hold at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Whole minutes to read the text, rounded to the nearest minute and never less than one: its
 * words at the English speed, and its characters of unspaced scripts at theirs, so a Japanese
 * translation reads in about as long as its original.
 */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const { words, unspaced } = textLength(text);
  return Math.max(1, Math.round(words / wordsPerMinute + unspaced / CHARACTERS_PER_MINUTE));
}
