import type { Edition } from '../editions/editions.ts';
import { messagesFor } from '../editions/strings.ts';
import { POLL_MESSAGES, type PollWords } from './format.ts';

/** The poll's words in an edition: for the results the page draws, and handed to the island in the form's data. */
export const pollWords = (edition: Edition): PollWords => ({
  lang: edition.lang,
  messages: messagesFor(edition, POLL_MESSAGES),
});
