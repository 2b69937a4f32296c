import { piecePath } from '../../lib/routes.ts';
import { absoluteUrl } from '../../site.config.ts';
import { editionOfPiece, isDefaultEdition } from '../editions/editions.ts';

/**
 * A piece as its feed id needs it: its id (its address now) and, once pieces record their renames,
 * the addresses it was published under before, oldest first (`redirectFrom`, written by a rename:
 * `old-slug`, or with its edition, `ja/old-slug`). The field is optional here so that a piece
 * without it, or a schema without it, gives the piece's current address.
 */
interface FeedPiece {
  id: string;
  data: object & { redirectFrom?: readonly string[] | undefined };
}

/**
 * The id the piece was first published under: the first of its former addresses, in its own
 * edition (a rename never moves a piece to another edition), or else its id.
 */
function originalId(piece: FeedPiece): string {
  const first = piece.data.redirectFrom?.[0];
  if (first === undefined) return piece.id;
  const slug = first.slice(first.lastIndexOf('/') + 1);
  const edition = editionOfPiece(piece.id);
  return isDefaultEdition(edition) ? slug : `${edition.code}/${slug}`;
}

/**
 * A piece's id in every feed: the RSS `guid` and the JSON Feed `id`, the same string. Feed readers
 * tell items apart by it, so it must never change: a renamed piece keeps the absolute URL of the
 * address it was first published at (which redirects to where it is now), so readers do not see
 * it twice. For a piece never renamed that is its own URL, as it always was.
 */
export const feedId = (piece: FeedPiece): string => absoluteUrl(piecePath(originalId(piece)));
