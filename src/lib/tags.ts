import allowedTags from '@content/tags.json';
import { DEFAULT_EDITION, editionByCode, EDITIONS, type Edition } from '../features/editions/editions.ts';
import { tagsFile } from './content-paths.ts';

/**
 * The tags pieces may use, from `tags.json` in the content folder: tag → its label in each
 * edition (`{ "en": "Japan", "ja": "日本", "vi": "Nhật Bản" }`; a plain text is the default
 * edition's label alone). One list, so topic pages stay few and meaningful; an editor adds a tag
 * there before using it, and its label in an edition before a piece of that edition uses it (the
 * build says so, src/lib/pieces-loader.ts). `@content` is the content folder of this build (see
 * astro.config.mjs).
 */
export const TAGS_FILE = tagsFile();

export type Tag = keyof typeof allowedTags;

export const tagNames = Object.keys(allowedTags) as Tag[];

export function isTag(value: string): value is Tag {
  return Object.hasOwn(allowedTags, value);
}

/** Each tag's labels by edition code, read once and checked: a tag without a default label, or a label for no edition, stops the build. */
const labels = new Map<string, Readonly<Record<string, string>>>(
  Object.entries(allowedTags as Record<string, unknown>).map(([tag, value]) => {
    const byEdition = typeof value === 'string' ? { [DEFAULT_EDITION.code]: value } : value;
    const codes = EDITIONS.map((edition) => edition.code).join(', ');
    const problem = (what: string) =>
      new Error(
        `${TAGS_FILE}: the tag "${tag}" ${what}. Write its label in each edition, like "${tag}": { ${EDITIONS.map((e) => `"${e.code}": "…"`).join(', ')} } (editions: ${codes}).`,
      );
    if (!byEdition || typeof byEdition !== 'object' || Array.isArray(byEdition))
      throw problem('has no labels');
    for (const [code, label] of Object.entries(byEdition)) {
      if (!editionByCode(code)) throw problem(`has a label for "${code}", which is no edition`);
      if (typeof label !== 'string' || !label.trim()) throw problem(`has an empty label for "${code}"`);
    }
    if (!(DEFAULT_EDITION.code in byEdition)) throw problem(`has no label for "${DEFAULT_EDITION.code}"`);
    return [tag, byEdition as Record<string, string>];
  }),
);

/** Whether a tag has its label in an edition: a piece of that edition may use it. */
export const hasTagLabel = (tag: Tag, edition: Edition) => edition.code in labels.get(tag)!;

/** "southeast-asia" → "Southeast Asia", "東南アジア" */
export function tagLabel(tag: Tag, edition: Edition): string {
  const label = labels.get(tag)![edition.code];
  if (label === undefined) {
    throw new Error(
      `${TAGS_FILE}: the tag "${tag}" has no label for the edition "${edition.code}" (${edition.name}). Add it, like "${edition.code}": "…".`,
    );
  }
  return label;
}
