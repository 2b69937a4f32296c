import { getCollection, render, type CollectionEntry } from 'astro:content';
import { faqOf, type FaqEntry } from './faq.ts';
import { isPublishable, newestFirst } from './pieces.ts';

export type Piece = CollectionEntry<'pieces'>;

/** Every piece a reader may see in this build, newest first. */
export async function getPublishedPieces(): Promise<Piece[]> {
  const pieces = await getCollection('pieces', (piece) =>
    isPublishable(piece, { dev: import.meta.env.SHOW_DRAFTS === true }),
  );
  return newestFirst(pieces);
}

/** Each published piece with the FAQ its build extracted (for share pages and their cards). */
export async function getPublishedFaqs(): Promise<{ piece: Piece; faq: FaqEntry[] }[]> {
  const pieces = await getPublishedPieces();
  return Promise.all(
    pieces.map(async (piece) => ({ piece, faq: faqOf((await render(piece)).remarkPluginFrontmatter) })),
  );
}
