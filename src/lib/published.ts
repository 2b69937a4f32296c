import { getCollection } from 'astro:content';
import { isPublishable, newestFirst } from './pieces.ts';

/** Every piece a reader may see in this build, newest first. */
export async function getPublishedPieces() {
  const pieces = await getCollection('articles', (piece) =>
    isPublishable(piece, { dev: import.meta.env.DEV }),
  );
  return newestFirst(pieces);
}
