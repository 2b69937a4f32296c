import { readFileSync } from 'node:fs';
import { calloutTypeByComponent, calloutTypes } from '../../src/components/callout/callout-types.ts';
import { slugify } from '../../src/lib/slug.ts';

/**
 * What the launch piece's source says the page must show, read from the MDX itself so the tests
 * follow the content instead of a copy of it.
 */
export const slug = 'japan-vietnam-hanoi-summit';
export const path = `/${slug}/`;
const source = readFileSync(`content/articles/${slug}.mdx`, 'utf8');

export const sectionHeadings = [...source.matchAll(/^(#{2,3}) (.+)$/gm)].map(([, hashes, text]) => ({
  level: hashes!.length,
  // Smartypants renders straight quotes curly; the source already uses curly ones.
  text: text!,
}));

export const calloutTitles = [...source.matchAll(/^<(\w+)>$/gm)]
  .map(([, tag]) => calloutTypeByComponent.get(tag!))
  .filter((type) => type !== undefined)
  .map((type) => calloutTypes[type].title);

export const questions = [...source.matchAll(/<Question q="([^"]+)"(?: aliases=\{\[([^\]]*)\]\})?>/g)].map(
  ([, q, aliases]) => ({
    q: q!,
    id: slugify(q!),
    aliases: aliases ? [...aliases.matchAll(/"([^"]+)"/g)].map(([, alias]) => alias!) : [],
  }),
);
