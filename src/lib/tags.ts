import allowedTags from '../../content/tags.json' with { type: 'json' };

/**
 * The tags pieces may use, from `content/tags.json` (tag → label). One list, so tag pages stay
 * few and meaningful; an editor adds a tag there before using it.
 */
export const TAGS_FILE = 'content/tags.json';

export type Tag = keyof typeof allowedTags;

export const tagNames = Object.keys(allowedTags) as Tag[];

export function isTag(value: string): value is Tag {
  return Object.hasOwn(allowedTags, value);
}

/** "southeast-asia" → "Southeast Asia" */
export function tagLabel(tag: Tag): string {
  return allowedTags[tag];
}

export function tagPath(tag: Tag): string {
  return `/tags/${tag}/`;
}
