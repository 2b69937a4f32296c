import { piecePath } from '../../lib/routes.ts';
import { absoluteUrl } from '../../site.config.ts';
import { firstAddress } from '../moved-pieces/moved.ts';

/**
 * A piece's id in every feed: the RSS `guid` and the JSON Feed `id`, the same string. Feed readers
 * tell items apart by it, so it must never change: a renamed piece keeps the absolute URL of the
 * address it was first published at (which redirects to where it is now), so readers do not see
 * it twice. For a piece never renamed that is its own URL, as it always was.
 */
export const feedId = (piece: Parameters<typeof firstAddress>[0]): string =>
  absoluteUrl(piecePath(firstAddress(piece)));
