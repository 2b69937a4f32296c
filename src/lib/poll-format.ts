// Wording shared by the results page (server) and the poll island (browser), so both say the same.
// Kept free of imports: everything here ships to the browser.

/** "1 vote", "12 votes" */
export const votesText = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'vote' : 'votes'}`;

/** "12 votes (40%)": the numbers beside each bar, so no one has to read a bar's length. */
export const figuresText = (option: { votes: number; percent: number }) =>
  `${votesText(option.votes)} (${option.percent}%)`;

/** "30 votes so far." or "No votes yet." */
export const totalText = (total: number) => (total === 0 ? 'No votes yet.' : `${votesText(total)} so far.`);
