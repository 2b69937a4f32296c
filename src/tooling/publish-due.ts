import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { publicationRecord, type PublicationRecord } from '../lib/build-output.ts';
import { readMoment, writtenField } from '../lib/schedule.ts';
import { pieceFiles, pieceSlug } from './content-check/pieces.ts';

/*
 * What `npm run publish-due` decides, kept cheap because it runs every minute: which scheduled
 * pieces have come due and are not in the build being served. Each piece's frontmatter is read
 * as text (the two fields it needs), never compiled; the build says what it published in its
 * publication record (src/integrations/drafts.ts).
 */

/** A piece with a `publishAt`, as its file says. */
export interface ScheduledPiece {
  slug: string;
  file: string;
  /** The moment as written, with its offset: what the messages repeat. */
  written: string;
  publishAt: Date;
  draft: boolean;
}

/**
 * Every piece of a pieces folder that has a `publishAt`, and a line for each one whose `publishAt`
 * is not a moment (the build would stop on it too).
 */
export function scheduledPieces(piecesDir: string): { pieces: ScheduledPiece[]; problems: string[] } {
  const pieces: ScheduledPiece[] = [];
  const problems: string[] = [];
  for (const file of pieceFiles(piecesDir)) {
    const source = readFileSync(file, 'utf8');
    const written = writtenField(source, 'publishAt');
    if (written === undefined) continue;
    const moment = readMoment(written);
    if ('problem' in moment) {
      problems.push(`${relative(process.cwd(), file)} publishAt: ${moment.problem}`);
      continue;
    }
    // YAML 1.2's true, as Astro's js-yaml reads it.
    const draft = /^(true|True|TRUE)$/.test(writtenField(source, 'draft') ?? '');
    pieces.push({ slug: pieceSlug(piecesDir, file), file, written, publishAt: moment.at, draft });
  }
  return { pieces, problems };
}

/** The pieces whose moment has come at `now` and that `published` (the served build's) lacks; drafts never. */
export function duePieces(
  scheduled: readonly ScheduledPiece[],
  published: ReadonlySet<string>,
  now: Date,
): ScheduledPiece[] {
  return scheduled.filter(
    (piece) => !piece.draft && piece.publishAt.getTime() <= now.getTime() && !published.has(piece.slug),
  );
}

/** The next scheduled piece to come due after `now`, if any (drafts aside). */
export function nextDue(scheduled: readonly ScheduledPiece[], now: Date): ScheduledPiece | undefined {
  return scheduled
    .filter((piece) => !piece.draft && piece.publishAt.getTime() > now.getTime())
    .sort((a, b) => a.publishAt.getTime() - b.publishAt.getTime())[0];
}

/** What the build served from `dist` published; null when it has no record (no build yet, or an older one). */
export function readPublication(dist: string): PublicationRecord | null {
  const file = publicationRecord(dist);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as PublicationRecord;
}
