import { anchorPath } from '../../lib/routes.ts';
import { slugify } from '../../lib/slug.ts';

/** One answer of a poll: `value` is what a vote stores and sends, `label` what readers read. */
interface PollOption {
  value: string;
  label: string;
}

/** The answers as stored: each label trimmed, its value the label slugged ("Both!" → "both"). */
export function pollOptions(options: readonly string[]): PollOption[] {
  return options.map((option) => ({ value: slugify(option.trim()), label: option.trim() }));
}

/** A poll as the build extracts it from a piece (see src/features/poll/remark-poll-registry.ts). */
export interface PollDefinition {
  id: string;
  question: string;
  options: PollOption[];
}

/** A poll in the site-wide registry: which piece asks it, for links back to the question. */
export interface RegisteredPoll extends PollDefinition {
  /** Slug of the piece the poll appears in. */
  piece: string;
  /** That piece's headline. */
  pieceTitle: string;
}

/** One answer's share of the votes, as the API sends it and the results page shows it. */
export interface OptionResult extends PollOption {
  votes: number;
  /**
   * Its share rounded to a whole percent on its own, so equal counts always show equal figures;
   * the options together may then add up to 99 or 101 (the results say so).
   */
  percent: number;
}

/** The JSON body of `GET /api/polls/<id>/` and of a successful vote. */
export interface PollResults {
  poll: string;
  question: string;
  total: number;
  options: OptionResult[];
  /** The option this reader (by their voter cookie) chose, or null. */
  yourChoice: string | null;
}

/** The element id of a poll's form on its piece's page. */
export const pollElementId = (id: string) => `poll-${id}`;

/** The question in context, for "back to the question" links. */
export const pollQuestionPath = (poll: RegisteredPoll) => anchorPath(poll.piece, pollElementId(poll.id));

/**
 * One registry of every poll on the site, keyed by id. Votes are stored by poll id, so two pieces
 * asking under the same id would pool their votes: that stops the build, naming both files.
 */
export function buildPollRegistry(
  pieces: readonly { id: string; title: string; file: string; polls: readonly PollDefinition[] }[],
): Map<string, RegisteredPoll> {
  const registry = new Map<string, RegisteredPoll>();
  const files = new Map<string, string>();
  for (const piece of pieces) {
    for (const poll of piece.polls) {
      const earlier = files.get(poll.id);
      if (earlier) {
        throw new Error(
          `${piece.file}: the poll id "${poll.id}" is already used by a poll in ${earlier}. ` +
            'Votes are stored by poll id, so each poll needs its own: give the newer <ReaderPoll> a ' +
            'different id="…" (never change the id of a poll that has been published, or its votes are lost).',
        );
      }
      registry.set(poll.id, { ...poll, piece: piece.id, pieceTitle: piece.title });
      files.set(poll.id, piece.file);
    }
  }
  return registry;
}

/**
 * Counts as readers see them, each answer's share rounded honestly on its own: three equal answers
 * show 33%, 33%, 33%, never one of them bent to 34% to make 100.
 */
export function tallyPoll(
  poll: PollDefinition,
  counts: ReadonlyMap<string, number>,
  yourChoice: string | null = null,
): PollResults {
  const votes = poll.options.map((option) => counts.get(option.value) ?? 0);
  const total = votes.reduce((sum, n) => sum + n, 0);
  const percent = votes.map((n) => (total === 0 ? 0 : Math.round((n * 100) / total)));
  return {
    poll: poll.id,
    question: poll.question,
    total,
    options: poll.options.map((option, i) => ({ ...option, votes: votes[i]!, percent: percent[i]! })),
    yourChoice: yourChoice !== null && poll.options.some((o) => o.value === yourChoice) ? yourChoice : null,
  };
}
