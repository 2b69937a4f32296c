// Wording shared by the results page (server) and the poll island (browser), so both say the same,
// in the words of the page's edition. Everything here ships to the browser: import nothing that
// reads the server's environment, and no dictionary (the page hands the island its messages).
import type { StringKey } from '../editions/strings.ts';
import { formatMessage, type Message } from '../editions/message.ts';

/** The messages the poll shows, results and island alike. */
export const POLL_MESSAGES = [
  'poll.votes',
  'poll.figures',
  'poll.total',
  'poll.noVotes',
  'poll.rounding',
  'poll.share',
  'poll.summary',
  'poll.changeMyVote',
  'poll.voted',
  'poll.thanks',
  'poll.unavailable',
  'poll.sendFailed',
  'poll.rateLimited',
] as const satisfies readonly StringKey[];

/** An edition's poll messages and the language they are written in. */
export interface PollWords {
  lang: string;
  messages: Record<(typeof POLL_MESSAGES)[number], Message>;
}

const say = (
  words: PollWords,
  key: (typeof POLL_MESSAGES)[number],
  values?: Record<string, string | number>,
) => formatMessage(words.lang, words.messages[key], values);

/** "1 vote", "12 votes" */
const votesText = (words: PollWords, count: number) => say(words, 'poll.votes', { count });

/** "12 votes (40%)": the numbers beside each bar, so no one has to read a bar's length. */
export const figuresText = (words: PollWords, option: { votes: number; percent: number }) =>
  say(words, 'poll.figures', { votes: votesText(words, option.votes), percent: option.percent });

/**
 * The small print under results whose rounded percentages do not add up to 100, or '' when they do
 * (or when no one has voted).
 */
export const roundingText = (
  words: PollWords,
  results: { total: number; options: readonly { percent: number }[] },
) => {
  const sum = results.options.reduce((total, option) => total + option.percent, 0);
  return results.total === 0 || sum === 100 ? '' : say(words, 'poll.rounding', { sum });
};

/** "30 votes so far." or "No votes yet." */
export const totalText = (words: PollWords, total: number) =>
  total === 0 ? say(words, 'poll.noVotes') : say(words, 'poll.total', { votes: votesText(words, total) });

/** The results in one sentence, for screen readers: "30 votes so far. Trade: 40%, Security: 60%." */
export const summaryText = (
  words: PollWords,
  results: { total: number; options: readonly { label: string; percent: number }[] },
) =>
  say(words, 'poll.summary', {
    total: totalText(words, results.total),
    shares: new Intl.ListFormat(words.lang, { style: 'long', type: 'unit' }).format(
      results.options.map((option) => say(words, 'poll.share', option)),
    ),
  });

export { say as pollText };
