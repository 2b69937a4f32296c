import { DEFAULT_EDITION, editionByCode, EDITIONS } from '../features/editions/editions.ts';

/**
 * A tag's labels by edition code, as tags.json may write them (`{ "en": "Japan", "ja": "日本" }`,
 * or a plain text for the default edition alone), checked: a tag without a default label, a label
 * for no edition, or an empty one is an error naming the file and the tag, saying how to write it.
 * The build (./tags.ts) and the piece editor's "Add a topic" check with this one function.
 */
export function tagLabels(file: string, tag: string, value: unknown): Record<string, string> {
  const byEdition = typeof value === 'string' ? { [DEFAULT_EDITION.code]: value } : value;
  const codes = EDITIONS.map((edition) => edition.code).join(', ');
  const problem = (what: string) =>
    new Error(
      `${file}: the tag "${tag}" ${what}. Write its label in each edition, like "${tag}": { ${EDITIONS.map((e) => `"${e.code}": "…"`).join(', ')} } (editions: ${codes}).`,
    );
  if (!byEdition || typeof byEdition !== 'object' || Array.isArray(byEdition)) throw problem('has no labels');
  for (const [code, label] of Object.entries(byEdition)) {
    if (!editionByCode(code)) throw problem(`has a label for "${code}", which is no edition`);
    if (typeof label !== 'string' || !label.trim()) throw problem(`has an empty label for "${code}"`);
  }
  if (!(DEFAULT_EDITION.code in byEdition)) throw problem(`has no label for "${DEFAULT_EDITION.code}"`);
  return byEdition as Record<string, string>;
}
