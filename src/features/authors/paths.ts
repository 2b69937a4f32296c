import { EDITIONS, isDefaultEdition } from '../editions/editions.ts';
import { getEditionPieces } from '../../lib/published.ts';
import { authors } from './authors.ts';

/**
 * `getStaticPaths` of an author's page and feed: every author the content folder keeps, in every
 * edition, each with the edition's pieces they wrote, newest first (a folder that keeps no authors
 * has none). Rendered on every build, without a cache key: an author's name and bio live outside
 * the pieces that keys follow.
 */
export async function authorPaths() {
  const known = [...(authors()?.values() ?? [])];
  return (
    await Promise.all(
      EDITIONS.map(async (edition) => {
        const pieces = await getEditionPieces(edition);
        return known.map((author) => ({
          params: { edition: isDefaultEdition(edition) ? undefined : edition.code, id: author.id },
          props: { edition, author, pieces: pieces.filter((piece) => piece.data.byline.includes(author.id)) },
        }));
      }),
    )
  ).flat();
}
