import { expect, test } from 'vitest';
import {
  CHARACTERS_PER_MINUTE,
  countWords,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../../src/lib/reading-time.ts';

test('words are runs holding a letter or digit; punctuation alone is not a word', () => {
  expect(countWords('The handshake, the smiles – these are cues. 600,000 workers!')).toBe(9);
});

test('reading time rounds to the nearest minute and is at least one', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  expect(readingMinutes('')).toBe(1);
  expect(readingMinutes(words(WORDS_PER_MINUTE * 4))).toBe(4);
  expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE * 4.6)))).toBe(5);
});

test('text without spaces between words (Japanese) is read by the character, so a translation reads about as long as its original', () => {
  const japanese = 'あ'.repeat(CHARACTERS_PER_MINUTE * 3) + ' CPTPP Time.news';
  expect(readingMinutes(japanese)).toBe(3);
  expect(
    readingMinutes(
      `${'漢字'.repeat(CHARACTERS_PER_MINUTE)} ${Array.from({ length: WORDS_PER_MINUTE }, () => 'word').join(' ')}`,
    ),
  ).toBe(3);
});
