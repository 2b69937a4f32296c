import { DEFAULT_EDITION, editionOfPiece, type Edition } from '../editions/editions.ts';
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

/** A poll as one edition asks it: in which piece, and in its words. */
export interface PollInEdition extends PollDefinition {
  /** Slug of the piece that asks it in this edition. */
  piece: string;
  /** That piece's headline. */
  pieceTitle: string;
}

/**
 * A poll in the site-wide registry: the original piece's poll (its id, question and answers, whose
 * values every vote stores, in any edition), and the same poll as each edition asks it, by
 * edition code: the original's values with the translation's labels, in the original's order.
 */
export interface RegisteredPoll extends PollInEdition {
  editions: Record<string, PollInEdition>;
}

/** The form field a poll in another edition than the default sends with a vote: which results page to answer with. */
export const EDITION_FIELD = 'edition';

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

/** The question in context, in an edition, for "back to the question" links. */
export const pollQuestionPath = (poll: PollInEdition) => anchorPath(poll.piece, pollElementId(poll.id));

/** A piece as the poll registry reads it: its polls, and the original it translates, if it is a translation. */
interface PieceWithPolls {
  id: string;
  title: string;
  file: string;
  polls: readonly PollDefinition[];
  translationOf?: string | undefined;
}

/**
 * One registry of every poll on the site, keyed by id. Votes are stored by poll id, so two pieces
 * asking under the same id would pool their votes: that stops the build, naming both files. A
 * translation asks its original's polls, under the same ids: each is recognised as the same poll
 * (one tally), its answers matched to the original's by position, so a translation with another
 * number of answers, a poll its original does not ask, or one of its original's polls left out,
 * stops the build too.
 */
export function buildPollRegistry(pieces: readonly PieceWithPolls[]): Map<string, RegisteredPoll> {
  const registry = new Map<string, RegisteredPoll>();
  const files = new Map<string, string>();
  const translations = pieces.filter((piece) => piece.translationOf !== undefined);
  for (const piece of pieces) {
    if (piece.translationOf !== undefined) continue;
    for (const poll of piece.polls) {
      const earlier = files.get(poll.id);
      if (earlier) {
        throw new Error(
          `${piece.file}: the poll id "${poll.id}" is already used by a poll in ${earlier}. ` +
            'Votes are stored by poll id, so each poll needs its own: give the newer <ReaderPoll> a ' +
            'different id="…" (never change the id of a poll that has been published, or its votes are lost).',
        );
      }
      const asked = { ...poll, piece: piece.id, pieceTitle: piece.title };
      registry.set(poll.id, { ...asked, editions: { [editionOfPiece(piece.id).code]: asked } });
      files.set(poll.id, piece.file);
    }
  }
  for (const piece of translations) {
    const edition = editionOfPiece(piece.id);
    const originals = [...registry.values()].filter((poll) => poll.piece === piece.translationOf);
    for (const poll of piece.polls) {
      const original = registry.get(poll.id);
      if (!original || original.piece !== piece.translationOf) {
        throw new Error(
          `${piece.file}: the poll id "${poll.id}" is not a poll of the piece this translates (${piece.translationOf}). ` +
            'A translation asks its original’s polls, under the same ids, so every edition’s votes count in one tally: ' +
            (originals.length
              ? `use ${originals.map((p) => `id="${p.id}"`).join(' or ')}.`
              : 'the original asks none, so remove this <ReaderPoll>.'),
        );
      }
      if (poll.options.length !== original.options.length) {
        throw new Error(
          `${piece.file}: the poll "${poll.id}" has ${poll.options.length} answers here and ${original.options.length} in the original (${files.get(poll.id)}). ` +
            'A translation asks the same poll: translate each answer, in the original’s order ' +
            `(${original.options.map((o) => `"${o.label}"`).join(', ')}).`,
        );
      }
      if (original.editions[edition.code]) {
        throw new Error(
          `${piece.file}: the poll "${poll.id}" is already asked in ${edition.name} by ${original.editions[edition.code]!.piece}.`,
        );
      }
      original.editions[edition.code] = {
        id: poll.id,
        question: poll.question,
        options: original.options.map((option, i) => ({
          value: option.value,
          label: poll.options[i]!.label,
        })),
        piece: piece.id,
        pieceTitle: piece.title,
      };
    }
    const left = originals.filter((poll) => !poll.editions[edition.code]);
    if (left.length) {
      throw new Error(
        `${piece.file}: the original (${piece.translationOf}) asks ${left.map((p) => `the poll "${p.id}"`).join(' and ')}, which this translation leaves out. ` +
          'A translation is whole: translate each <ReaderPoll>, with the same id.',
      );
    }
  }
  return registry;
}

/** The edition a vote came from (its form's edition field), if the poll is asked there; else the default. */
export function voteEdition(poll: RegisteredPoll, code: string | null): Edition {
  const asked = code === null ? undefined : poll.editions[code];
  return asked ? editionOfPiece(asked.piece) : DEFAULT_EDITION;
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
