import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readSettings, spellCheckDocument } from 'cspell-lib';
import { placeAt, type Problem } from '../../lib/problem.ts';

let settings: ReturnType<typeof readSettings> | undefined;

/**
 * The words cspell does not know in a piece's text (saved or not), with the project's cspell.json
 * and so content/dictionary.txt, each at its line and column, reworded for editors with cspell's
 * preferred fixes.
 */
export async function spellingProblems(file: string, text: string): Promise<Problem[]> {
  // The project's settings, whatever folder the piece is in (a fixture, a temporary copy).
  settings ??= readSettings(resolve('cspell.json'));
  const result = await spellCheckDocument(
    { uri: pathToFileURL(resolve(file)).href, text },
    { generateSuggestions: true, numSuggestions: 5, noConfigSearch: true },
    await settings,
  );
  const [error] = result.errors ?? [];
  if (error) throw new Error(`cspell could not check ${file}: ${error.message}`);
  return result.issues.map(({ text: word, offset, suggestionsEx = [] }) => {
    const fixes = suggestionsEx
      .filter((suggestion) => suggestion.isPreferred)
      .map((suggestion) => `"${suggestion.wordAdjustedToMatchCase ?? suggestion.word}"`);
    return {
      file,
      ...placeAt(text, offset),
      message:
        `"${word}" may be misspelt${fixes.length ? ` (did you mean ${fixes.join(' or ')}?)` : ''}. ` +
        'Fix it, or if it is right (a name or a term), add it to content/dictionary.txt.',
    };
  });
}
