import allowedTags from '@content/tags.json';
import type { Edition } from '../features/editions/editions.ts';
import { tagsFile } from './content-paths.ts';
import { tagLabels } from './tag-labels.ts';

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
  Object.entries(allowedTags as Record<string, unknown>).map(([tag, value]) => [
    tag,
    tagLabels(TAGS_FILE, tag, value),
  ]),
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
