import { getCollection, render, type CollectionEntry } from 'astro:content';
import { faqOf, type FaqEntry } from '../features/faq/faq.ts';
import { isPublishable, newestFirst } from './pieces.ts';
import { tagNames, type Tag } from './tags.ts';

export type Piece = CollectionEntry<'pieces'>;

/** Every piece a reader may see in this build, newest first. */
export async function getPublishedPieces(): Promise<Piece[]> {
  const pieces = await getCollection('pieces', (piece) =>
    isPublishable(piece, { dev: import.meta.env.SHOW_DRAFTS === true }),
  );
  return newestFirst(pieces);
}

/** Every topic at least one published piece has, in the tag list's order, with its pieces newest first. */
export async function getTopics(): Promise<{ tag: Tag; pieces: Piece[] }[]> {
  const pieces = await getPublishedPieces();
  return tagNames
    .map((tag) => ({ tag, pieces: pieces.filter((piece) => piece.data.tags.includes(tag)) }))
    .filter((topic) => topic.pieces.length > 0);
}

/** Each published piece with the FAQ its build extracted (for share pages and their cards). */
export async function getPublishedFaqs(): Promise<{ piece: Piece; faq: FaqEntry[] }[]> {
  const pieces = await getPublishedPieces();
  return Promise.all(
    pieces.map(async (piece) => ({ piece, faq: faqOf((await render(piece)).remarkPluginFrontmatter) })),
  );
}
