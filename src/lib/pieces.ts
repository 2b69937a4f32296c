import { scheduledLater } from './schedule.ts';

/** The fields of a piece that ordering and listing need; matches the content collection's data. */
interface PieceSummary {
  id: string;
  data: {
    title: string;
    published: Date;
    draft: boolean;
    publishAt?: Date | undefined;
    withdrawn?: { at: Date; reason: string } | undefined;
  };
}

/** When a piece last changed: its `updated` date, or else when it was published. */
export function lastChanged({ data }: { data: { published: Date; updated?: Date | undefined } }): Date {
  return data.updated ?? data.published;
}

/**
 * When a piece went live: its `publishAt` moment when it was scheduled, or else the start (UTC) of
 * its `published` day. What feeds and the news sitemap date it by.
 */
export function publicationMoment({
  data,
}: {
  data: { published: Date; publishAt?: Date | undefined };
}): Date {
  return data.publishAt ?? data.published;
}

/** Newest first; pieces published the same day keep a stable order by title. */
export function newestFirst<T extends PieceSummary>(pieces: readonly T[]): T[] {
  return [...pieces].sort(
    (a, b) =>
      b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title),
  );
}

/**
 * Drafts, and scheduled pieces until their `publishAt` (src/lib/schedule.ts), are readable in
 * `astro dev` only; a production build made before that moment never contains them. A withdrawn
 * piece is in no build, the preview's included: its addresses answer with the page saying when and
 * why (src/features/moved-pieces), there as on the site.
 */
export function isPublishable(piece: PieceSummary, { dev, now }: { dev: boolean; now: Date }): boolean {
  if (piece.data.withdrawn) return false;
  return dev || (!piece.data.draft && !scheduledLater(piece, now));
}
