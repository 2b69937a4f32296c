import type { PollApiContext } from './api.ts';
import { RateLimiter } from './rate-limit.ts';
import { getPollRegistry } from './registry.ts';
import { openSqliteVoteStore } from './store.ts';

/** Votes a client may cast per minute; `POLL_RATE_LIMIT` raises it (e.g. for a load test). */
const DEFAULT_RATE_LIMIT = 30;

let context: Promise<PollApiContext> | undefined;

/**
 * What the vote API and results page work with: the poll registry, the vote store and the rate
 * limit, made once per server process on the first poll request. The registry comes from the
 * pieces compiled into the server, the store from `POLL_DB_PATH` (schema created or migrated as
 * it opens).
 */
export function pollContext(): Promise<PollApiContext> {
  context ??= (async () => {
    const limit = Number(process.env['POLL_RATE_LIMIT'] ?? DEFAULT_RATE_LIMIT);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new Error(
        `POLL_RATE_LIMIT must be a whole number of votes per minute, 1 or more; it is "${process.env['POLL_RATE_LIMIT']}".`,
      );
    }
    return {
      polls: await getPollRegistry(),
      store: openSqliteVoteStore(),
      limiter: new RateLimiter({ limit, windowMs: 60_000 }),
    };
  })();
  return context;
}
