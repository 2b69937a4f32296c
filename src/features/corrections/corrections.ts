import type { UpdateKind } from '../../lib/piece-schema.ts';

/** An entry of a piece's update log, as the schema hands it over. */
interface LogEntry {
  date: Date;
  kind: UpdateKind;
  text: string;
  source?: { name: string; url: string } | undefined;
}

/** A correction or clarification, with the piece it was made to. */
export interface Correction<P> extends LogEntry {
  kind: Exclude<UpdateKind, 'update'>;
  piece: P;
  /** Its id on the piece's page, which the corrections page and feed link to. */
  id: string;
}

/**
 * The id of a correction or clarification in its piece's update log: its kind and day
 * (`correction-2025-06-10`), numbered when the piece has two of a kind on one day. Set once, when
 * published: an entry added later on another day leaves every id as it was.
 */
export function updateIds(updates: readonly Pick<LogEntry, 'date' | 'kind'>[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return updates.map(({ date, kind }) => {
    if (kind === 'update') return undefined;
    const id = `${kind}-${date.toISOString().slice(0, 10)}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

/**
 * Every correction and clarification made to these pieces, newest first (on one day, the newer
 * piece's first), for the corrections page and its feed.
 */
export function correctionsOf<P extends { data: { published: Date; updates: LogEntry[] } }>(
  pieces: readonly P[],
): Correction<P>[] {
  const corrections = pieces.flatMap((piece) => {
    const ids = updateIds(piece.data.updates);
    return piece.data.updates.flatMap((entry, index) =>
      entry.kind === 'correction' || entry.kind === 'clarification'
        ? [{ ...entry, kind: entry.kind, piece, id: ids[index]! }]
        : [],
    );
  });
  return corrections.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      b.piece.data.published.getTime() - a.piece.data.published.getTime(),
  );
}
