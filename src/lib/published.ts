import { getCollection, render, type CollectionEntry } from 'astro:content';
import { editionOfPiece, type Edition } from '../features/editions/editions.ts';
import { pageDataOf, type PageData } from '../markdown/page-data.ts';
import { isPublishable, newestFirst } from './pieces.ts';
import { publicationNow } from './schedule.ts';
import { tagNames, type Tag } from './tags.ts';

export type Piece = CollectionEntry<'pieces'>;

/** Every piece a reader may see in this build, in every edition, newest first. */
export async function getPublishedPieces(): Promise<Piece[]> {
  const now = publicationNow();
  const pieces = await getCollection('pieces', (piece) =>
    isPublishable(piece, { dev: import.meta.env.SHOW_DRAFTS === true, now }),
  );
  return newestFirst(pieces);
}

/** The published pieces of one edition, newest first: its front page, topics, search, feed. */
export async function getEditionPieces(edition: Edition): Promise<Piece[]> {
  return (await getPublishedPieces()).filter((piece) => editionOfPiece(piece.id).code === edition.code);
}

/**
 * Every topic at least one published piece of the edition has, in the tag list's order, with its
 * pieces newest first.
 */
export async function getTopics(edition: Edition): Promise<{ tag: Tag; pieces: Piece[] }[]> {
  const pieces = await getEditionPieces(edition);
  return tagNames
    .map((tag) => ({ tag, pieces: pieces.filter((piece) => piece.data.tags.includes(tag)) }))
    .filter((topic) => topic.pieces.length > 0);
}

/**
 * A piece compiled: what `render` gives, with the data the Markdown plugins handed it (its FAQ,
 * polls, maps and reading time) read and checked.
 */
export async function renderPiece(piece: Piece) {
  const rendered = await render(piece);
  return { ...rendered, data: pageDataOf(rendered.remarkPluginFrontmatter, piece.filePath ?? piece.id) };
}

/** Each published piece with its page data: what share pages, the poll registry and the maps read. */
export async function getPublishedPageData(): Promise<{ piece: Piece; data: PageData }[]> {
  const pieces = await getPublishedPieces();
  return Promise.all(pieces.map(async (piece) => ({ piece, data: (await renderPiece(piece)).data })));
}
