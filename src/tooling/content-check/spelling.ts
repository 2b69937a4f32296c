import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  mergeSettings,
  readSettings,
  refreshDictionaryCache,
  spellCheckDocument,
  type CSpellSettings,
} from 'cspell-lib';
import { DEFAULT_EDITION, isDefaultEdition, type Edition } from '../../features/editions/editions.ts';
import { dictionaryFile } from '../../lib/content-paths.ts';
import { placeAt, type Problem } from '../../lib/problem.ts';

let settings: Promise<CSpellSettings> | undefined;
/** The project's settings, whatever folder the piece is in (a fixture, a temporary copy). */
const projectSettings = () => (settings ??= readSettings(resolve('cspell.json')).then(withContentDictionary));

/**
 * The languages cspell checks an edition's text in, or null when it has no dictionary for the
 * edition's language (Japanese: cspell cannot split it into words, and there is no dictionary).
 * The default edition's are cspell.json's `language`; another edition's is its `lang`, when a
 * dictionary cspell.json imports (like @cspell/dict-vi-vn) declares it, with the default edition's
 * languages beside it: a translation keeps its sources' titles as published, in English. So a new
 * edition's pieces are spell-checked once its dictionary is added to cspell.json's `import`.
 */
export async function spellingLanguages(edition: Edition): Promise<string | null> {
  const project = await projectSettings();
  const base = project.language ?? DEFAULT_EDITION.lang;
  if (isDefaultEdition(edition)) return base;
  const wanted = new Set([edition.lang, edition.lang.split('-')[0]!].map((tag) => tag.toLowerCase()));
  const known = (project.languageSettings ?? []).some(
    ({ locale, dictionaries = [] }) =>
      dictionaries.length > 0 &&
      String(locale ?? '')
        .split(',')
        .some((tag) => wanted.has(tag.trim().toLowerCase())),
  );
  return known ? `${edition.lang},${base}` : null;
}

/**
 * The words cspell does not know in a piece's text (saved or not), in its edition's languages
 * (`spellingLanguages`; nothing for a language cspell has no dictionary for), with the project's
 * cspell.json and so content/dictionary.txt, each at its line and column, reworded for editors
 * with cspell's preferred fixes.
 */
export async function spellingProblems(
  file: string,
  text: string,
  edition: Edition | readonly Edition[] = DEFAULT_EDITION,
): Promise<(Problem & { word: string })[]> {
  // A file with every edition's words (authors.yaml's bios) is spelt in all their languages at once.
  const known = (await Promise.all([edition].flat().map(spellingLanguages))).filter((tags) => tags !== null);
  if (known.length === 0) return [];
  const language = [...new Set(known.flatMap((tags) => tags.split(',')))].join(',');
  const result = await spellCheckDocument(
    { uri: pathToFileURL(resolve(file)).href, text },
    { generateSuggestions: true, numSuggestions: 5, noConfigSearch: true },
    mergeSettings(await projectSettings(), { language }),
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
