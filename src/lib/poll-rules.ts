import { propError } from './prop-error.ts';
import { slugify } from './slug.ts';

/** One answer of a poll: `value` is what a vote stores and sends, `label` what readers read. */
export interface PollOption {
  value: string;
  label: string;
}

/** The answers as stored: each label trimmed, its value the label slugged ("Both!" → "both"). */
export function pollOptions(options: readonly string[]): PollOption[] {
  return options.map((option) => ({ value: slugify(option.trim()), label: option.trim() }));
}

/** Shape of a poll id: it keys stored votes, so it stays URL- and database-safe. */
const POLL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The first problem with a poll's props, or null. Shared by `<ReaderPoll>` (at render) and the
 * build-time prop check (which adds file and line), so both say the same thing.
 */
export function pollPropsError(props: { id?: unknown; question?: unknown; options?: unknown }): Error | null {
  const { id, question, options } = props;
  if (typeof id !== 'string' || !POLL_ID.test(id)) {
    return propError(
      'ReaderPoll',
      'id',
      id,
      'lowercase words joined by hyphens',
      'Write it like id="japan-vietnam-drivers".',
    );
  }
  if (typeof question !== 'string' || question.trim() === '') {
    return propError(
      'ReaderPoll',
      'question',
      question,
      'the question to ask, as non-empty text',
      'Write it like question="Which matters more?".',
    );
  }
  const list = Array.isArray(options) ? options : [];
  if (list.length < 2 || list.some((o) => typeof o !== 'string' || o.trim() === '')) {
    return propError(
      'ReaderPoll',
      'options',
      options,
      'a list of at least two non-empty answers',
      'Write it like options={["Economic factors", "Security concerns"]}.',
    );
  }
  // Votes are stored by the slugged answer, so "Both" and "Both!" would count as one.
  if (new Set(pollOptions(list).map((o) => o.value)).size !== list.length) {
    return propError(
      'ReaderPoll',
      'options',
      options,
      'a list of different answers (differing in more than punctuation or case)',
      'Remove the repeated answer or reword it.',
    );
  }
  return null;
}
