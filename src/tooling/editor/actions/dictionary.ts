import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { LOCALE } from '../../../lib/locale.ts';
import { changed, Refusal, type Change } from './changes.ts';

/**
 * Adds a word to the spelling dictionary (content/dictionary.txt): one word a line, spelt and
 * capitalised as it must appear, in the first list (before the file's next comment), at its place
 * in the list's alphabetical order, so the file stays as sorted as it is.
 */
export function addToDictionary(file: string, word: string): Change[] {
  const entry = word.trim();
  if (!/^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u.test(entry)) {
    throw new Refusal(
      422,
      'invalid-word',
      `"${word}" cannot go in the dictionary: one word, letters only (an apostrophe or hyphen inside is fine).`,
    );
  }
  if (!existsSync(file)) throw new Refusal(404, 'no-dictionary', `There is no dictionary at ${file}.`);
  const text = readFileSync(file, 'utf8');
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(lineBreak);
  if (lines.includes(entry)) throw new Refusal(409, 'word-exists', `"${entry}" is already in ${file}.`);
  const collator = new Intl.Collator(LOCALE);
  const first = lines.findIndex((line) => line.trim() && !line.startsWith('#'));
  let at = first === -1 ? lines.length : first;
  while (
    at < lines.length &&
    lines[at] &&
    !lines[at]!.startsWith('#') &&
    collator.compare(lines[at]!, entry) <= 0
  )
    at++;
  // After the last word of the list, never after a blank line or a comment that ends it.
  if (first !== -1) while (at > first && !lines[at - 1]) at--;
  lines.splice(at, 0, entry);
  writeFileSync(file, lines.join(lineBreak));
  return [changed(file)];
}
