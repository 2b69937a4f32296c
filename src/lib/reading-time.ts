/** Average silent-reading speed for non-fiction in English, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/** Counts words in plain text: runs of characters that hold at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read the text, rounded to the nearest minute and never less than one. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(text) / wordsPerMinute));
}
