import { readEnvironment, secretMatching, text, wholeNumber } from '../../lib/env-settings.ts';
import { RateLimiter } from './rate-limit.ts';
import { DEFAULT_DB_PATH, type VoteStore } from './store.ts';
import { openPostgresVoteStore } from './store-postgres.ts';
import { openSqliteVoteStore } from './store-sqlite.ts';

/** What the vote API needs besides the polls themselves: where votes go, and how many a client may send. */
export interface PollServices {
  store: VoteStore;
  limiter: RateLimiter;
  /** Closes both, writing any votes still being committed first. */
  close(): Promise<void>;
}

const services = (store: VoteStore, limiter: RateLimiter): PollServices => ({
  store,
  limiter,
  close: async () => {
    await store.close();
    await limiter.close();
  },
});

/** How the poll's server side is set up, read from the environment (see the README, "Settings"). */
export interface PollSettings {
  /** Votes a client may cast per minute (`POLL_RATE_LIMIT`, default 30). */
  rateLimit: number;
  /** `POLL_DATABASE_URL`: a PostgreSQL database, for several servers; else the SQLite file below. */
  databaseUrl: string | undefined;
  /** `POLL_DB_PATH`: the SQLite file (default data/polls.sqlite). */
  dbPath: string;
}

const variables = {
  POLL_RATE_LIMIT: wholeNumber('POLL_RATE_LIMIT', {
    fallback: 30,
    min: 1,
    mustBe: 'a whole number of votes per minute, 1 or more',
  }),
  // Its value may hold a password: the message shows the form instead.
  POLL_DATABASE_URL: secretMatching(
    'POLL_DATABASE_URL',
    /^postgres(ql)?:\/\//,
    'a PostgreSQL connection URL, like postgres://user:password@host:5432/polls',
  ),
  POLL_DB_PATH: text(DEFAULT_DB_PATH),
};

/** The settings, or an error naming each wrong variable, what it holds and what it must hold. */
export function pollSettings(env: NodeJS.ProcessEnv = process.env): PollSettings {
  const read = readEnvironment(variables, env);
  return { rateLimit: read.POLL_RATE_LIMIT, databaseUrl: read.POLL_DATABASE_URL, dbPath: read.POLL_DB_PATH };
}

/** What to do when the store cannot be opened, for the messages that stop a start. */
export const STORE_HINT =
  'Votes go to the SQLite file POLL_DB_PATH names (default data/polls.sqlite), which this process must be ' +
  'able to create and write, or to the PostgreSQL database POLL_DATABASE_URL names. Fix the one in use ' +
  '(see the README, "The reader poll") and start again.';

/**
 * Opens the store (creating or migrating its schema), checks that it can take a vote now, and
 * sets up the rate limit beside it: in PostgreSQL with the votes, or in memory for one server.
 * Fails with the reason when the store cannot be used, so a server refuses to start rather than
 * fail its first reader.
 */
export async function openPollServices(settings: PollSettings): Promise<PollServices> {
  if (settings.databaseUrl) {
    const store = await openPostgresVoteStore(settings.databaseUrl);
    try {
      await store.check();
      const limiter = await RateLimiter.inPostgres(settings.databaseUrl, settings.rateLimit, {
        description: store.description,
      });
      return services(store, limiter);
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  const store = openSqliteVoteStore(settings.dbPath);
  try {
    await store.check();
  } catch (error) {
    await store.close();
    throw error;
  }
  return services(store, RateLimiter.inMemory(settings.rateLimit));
}

/**
 * What `npm run poll-store` does before the server starts: opens the store the environment names
 * (creating or migrating its schema), checks it can take a vote, closes it, and answers which
 * store it is. Fails with the reason and what to fix.
 */
export async function preparePollStore(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const services = await openPollServices(pollSettings(env)).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${STORE_HINT}`, {
      cause: error,
    });
  });
  await services.close();
  return services.store.description;
}
