// Wording shared by the results page (server) and the poll island (browser), so both say the same.
// Everything here ships to the browser: import nothing that reads the server's environment.
import { LOCALE } from '../../lib/locale.ts';

/** "1 vote", "12 votes" */
export const votesText = (n: number) => `${n.toLocaleString(LOCALE)} ${n === 1 ? 'vote' : 'votes'}`;

/** "12 votes (40%)": the numbers beside each bar, so no one has to read a bar's length. */
export const figuresText = (option: { votes: number; percent: number }) =>
  `${votesText(option.votes)} (${option.percent}%)`;

/** "30 votes so far." or "No votes yet." */
export const totalText = (total: number) => (total === 0 ? 'No votes yet.' : `${votesText(total)} so far.`);
