/** What ranking reads of a piece. */
interface Rankable {
  id: string;
  data: { tags: readonly string[]; published: Date };
}

/**
 * Other pieces worth reading next: those sharing the most tags with this one, then the newest.
 * Pieces with no tag in common are not related; the list may be empty.
 */
export function relatedPieces<T extends Rankable>(current: T, all: readonly T[], limit = 3): T[] {
  const tags = new Set(current.data.tags);
  return all
    .filter((piece) => piece.id !== current.id)
    .map((piece) => ({ piece, shared: piece.data.tags.filter((tag) => tags.has(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) => b.shared - a.shared || b.piece.data.published.getTime() - a.piece.data.published.getTime(),
    )
    .slice(0, limit)
    .map(({ piece }) => piece);
}

/** The pieces published just before and just after this one (`newestFirst` order in, by date). */
export function adjacentPieces<T extends { id: string }>(current: T, newestFirst: readonly T[]) {
  const index = newestFirst.findIndex((piece) => piece.id === current.id);
  return {
    /** Older. */
    previous: index >= 0 ? newestFirst[index + 1] : undefined,
    /** Newer. */
    next: index > 0 ? newestFirst[index - 1] : undefined,
  };
}
