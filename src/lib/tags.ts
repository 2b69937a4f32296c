import allowedTags from '@content/tags.json';
import { tagsFile } from './content-paths.ts';

/**
 * The tags pieces may use, from `tags.json` in the content folder (tag → label). One list, so
 * topic pages stay few and meaningful; an editor adds a tag there before using it. `@content` is
 * the content folder of this build (see astro.config.mjs).
 */
export const TAGS_FILE = tagsFile();

export type Tag = keyof typeof allowedTags;

export const tagNames = Object.keys(allowedTags) as Tag[];

export function isTag(value: string): value is Tag {
  return Object.hasOwn(allowedTags, value);
}

/** "southeast-asia" → "Southeast Asia" */
export function tagLabel(tag: Tag): string {
  return allowedTags[tag];
}
