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
  // One pass keeping the best few, not a sort of every piece: every page of an archive of
  // thousands asks this, so sorting them all each time grew with the square of the archive.
  const best: { piece: T; shared: number; time: number }[] = [];
  const before = (a: (typeof best)[number], b: (typeof best)[number]) =>
    a.shared > b.shared || (a.shared === b.shared && a.time > b.time);
  for (const piece of all) {
    if (piece.id === current.id) continue;
    let shared = 0;
    for (const tag of piece.data.tags) if (tags.has(tag)) shared++;
    if (shared === 0) continue;
    const candidate = { piece, shared, time: piece.data.published.getTime() };
    if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ piece }) => piece);
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
