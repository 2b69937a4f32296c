import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionByCode, type Edition } from '../../src/features/editions/editions.ts';
import { POLL_MESSAGES, type PollWords } from '../../src/features/poll/format.ts';
import type { Message } from '../../src/features/editions/message.ts';

/**
 * An edition's strings as the site ships them (src/features/editions/strings/<code>.json), read
 * from disk: for tests outside Vite (Playwright), which cannot load the site's strings module.
 */
export function stringsOf(code: string): Record<string, Message> {
  return JSON.parse(readFileSync(join('src/features/editions/strings', `${code}.json`), 'utf8')) as Record<
    string,
    Message
  >;
}

/** An edition by its code, which a test knows is configured. */
export const edition = (code: string): Edition => {
  const found = editionByCode(code);
  if (!found) throw new Error(`No edition "${code}" in src/features/editions/editions.ts.`);
  return found;
};

/** The poll's words in an edition, as its pages hand them to the poll island. */
export function pollWordsOf(code: string): PollWords {
  const strings = stringsOf(code);
  return {
    lang: edition(code).lang,
    messages: Object.fromEntries(POLL_MESSAGES.map((key) => [key, strings[key]!])) as PollWords['messages'],
  };
}
