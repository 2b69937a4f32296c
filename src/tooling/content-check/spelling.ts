import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { readSettings, refreshDictionaryCache, spellCheckDocument, type CSpellSettings } from 'cspell-lib';
import { dictionaryFile } from '../../lib/content-paths.ts';
import { placeAt, type Problem } from '../../lib/problem.ts';

let settings: ReturnType<typeof readSettings> | undefined;

/**
 * The words cspell does not know in a piece's text (saved or not), with the project's cspell.json
 * and so content/dictionary.txt, each at its line and column, reworded for editors with cspell's
 * preferred fixes.
 */
export async function spellingProblems(file: string, text: string): Promise<(Problem & { word: string })[]> {
  // The project's settings, whatever folder the piece is in (a fixture, a temporary copy).
  settings ??= readSettings(resolve('cspell.json')).then(withContentDictionary);
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
      // The word itself, so the piece editor can offer to add it to the dictionary.
      word,
      ...placeAt(text, offset),
      message:
        `"${word}" may be misspelt${fixes.length ? ` (did you mean ${fixes.join(' or ')}?)` : ''}. ` +
        'Fix it, or if it is right (a name or a term), add it to content/dictionary.txt.',
    };
  });
}

/**
 * The project's words from the content folder being checked, when it has a dictionary of its own
 * (the piece editor's tests work on a copy of content/): cspell.json names content/dictionary.txt.
 */
function withContentDictionary<T extends CSpellSettings>(settings: T): T {
  const own = resolve(dictionaryFile());
  if (!existsSync(own) || !settings.dictionaryDefinitions) return settings;
  return {
    ...settings,
    dictionaryDefinitions: settings.dictionaryDefinitions.map((definition) =>
      definition.name === 'project-words' ? { ...definition, path: own } : definition,
    ),
  };
}

/** Reads the dictionary again on the next check: the piece editor has just added a word to it. */
export const reloadDictionary = () => refreshDictionaryCache(0);
