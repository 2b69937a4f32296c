// Wording shared by the results page (server) and the poll island (browser), so both say the same.
// Everything here ships to the browser: import nothing that reads the server's environment.
import { LOCALE } from '../../lib/locale.ts';

/** "1 vote", "12 votes" */
const votesText = (n: number) => `${n.toLocaleString(LOCALE)} ${n === 1 ? 'vote' : 'votes'}`;

/** "12 votes (40%)": the numbers beside each bar, so no one has to read a bar's length. */
export const figuresText = (option: { votes: number; percent: number }) =>
  `${votesText(option.votes)} (${option.percent}%)`;

/**
 * The small print under results whose rounded percentages do not add up to 100, or '' when they do
 * (or when no one has voted).
 */
export const roundingText = (results: { total: number; options: readonly { percent: number }[] }) => {
  const sum = results.options.reduce((total, option) => total + option.percent, 0);
  return results.total === 0 || sum === 100
    ? ''
    : `Each percentage is rounded on its own, so together they make ${sum}%, not 100%.`;
};

/** "30 votes so far." or "No votes yet." */
export const totalText = (total: number) => (total === 0 ? 'No votes yet.' : `${votesText(total)} so far.`);
