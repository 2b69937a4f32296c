import { createHmac, randomBytes } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import pg from 'pg';
import { LRUCache } from 'lru-cache';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { StoreUnavailableError } from './store.ts';
import { withSchemaLock } from './store-postgres.ts';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * How many clients one server's in-memory limit remembers at most (about 18 MB, measured). Past that, in a
 * flood of new addresses within one window, the least recently seen client is forgotten: it gets a
 * fresh allowance early, and the server's memory stays bounded.
 */
export const MAX_TRACKED_CLIENTS = 100_000;

const LIMITS_TABLE = 'poll_rate_limits';

type Consume = (key: string) => Promise<RateDecision>;

/**
 * So many votes per client per window: counted in this process's memory for one server, or in
 * PostgreSQL (by rate-limiter-flexible) when several servers share one limit. Clients are known
 * only by a keyed hash of their address (their IPv6 /64 network): no address is stored, and
 * without the key the hashes cannot be reversed by trying every address.
 */
export class RateLimiter {
  readonly #consume: Consume;
  readonly #key: Buffer;
  readonly #tracked: () => number | undefined;
  readonly #close: () => Promise<void>;

  private constructor(
    consume: Consume,
    key: Buffer,
    {
      tracked = () => undefined,
      close = async () => undefined,
    }: Partial<{
      tracked: () => number | undefined;
      close: () => Promise<void>;
    }> = {},
  ) {
    this.#consume = consume;
    this.#key = key;
    this.#tracked = tracked;
    this.#close = close;
  }

  /** One process's limit; its key lives in memory and is new at every start. */
  static inMemory(limit: number, windowSeconds = 60, maxClients = MAX_TRACKED_CLIENTS): RateLimiter {
    // A fixed window per client, in an LRU map: constant time per request, however many clients.
    const windows = new LRUCache<string, { used: number; endsAt: number }>({ max: maxClients });
    const consume: Consume = async (key) => {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || window.endsAt <= now) {
        window = { used: 0, endsAt: now + windowSeconds * 1000 };
        windows.set(key, window);
      }
      if (window.used >= limit) return { ok: false, retryAfterSeconds: secondsUntil(window.endsAt - now) };
      window.used++;
      return { ok: true };
    };
    return new RateLimiter(consume, randomBytes(32), { tracked: () => windows.size });
  }

  /**
   * A limit every server on the database at `url` shares. They must hash addresses alike, so the
   * key is kept in the database (table poll_rate_limit_key), made once by whichever server starts
   * first. Its connections skip waiting for the disk at each commit: a database crash may forget
   * the last moment's counts, which is no reason to make every vote wait for a second fsync.
   */
  static async inPostgres(
    url: string,
    limit: number,
    { windowSeconds = 60, description = 'PostgreSQL' } = {},
  ): Promise<RateLimiter> {
    const pool = new pg.Pool({ connectionString: url, max: 4, options: '-c synchronous_commit=off' });
    pool.on('error', (error) =>
      console.error(`${description}, rate limit: an idle connection failed: ${error.message}`),
    );
    try {
      return await RateLimiter.#sharedIn(pool, limit, windowSeconds, description);
    } catch (error) {
      await pool.end();
      throw error;
    }
  }

  static async #sharedIn(pool: pg.Pool, limit: number, windowSeconds: number, description: string) {
    const hashKey = await withSchemaLock(pool, async (client) => {
      await client.query(
        'CREATE TABLE IF NOT EXISTS poll_rate_limit_key (id integer PRIMARY KEY, key text NOT NULL)',
      );
      await client.query(
        'INSERT INTO poll_rate_limit_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING',
        [randomBytes(32).toString('base64')],
      );
      const { rows } = await client.query<{ key: string }>(
        'SELECT key FROM poll_rate_limit_key WHERE id = 1',
      );
      // rate-limiter-flexible's own table, as it would create it, but under the lock: left to
      // itself, two servers starting at once can both try and one fails.
      await client.query(`CREATE TABLE IF NOT EXISTS ${LIMITS_TABLE} (
        key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
      return Buffer.from(rows[0]!.key, 'base64');
    });
    // It deletes expired rows every few minutes by itself.
    const limiter = new RateLimiterPostgres({
      storeClient: pool,
      tableName: LIMITS_TABLE,
      tableCreated: true,
      points: limit,
      duration: windowSeconds,
    });
    const consume: Consume = async (key) => {
      try {
        await limiter.consume(key);
        return { ok: true };
      } catch (refusal) {
        // rate-limiter-flexible refuses with a RateLimiterRes; anything else is the database failing.
        if (!(refusal instanceof RateLimiterRes))
          throw new StoreUnavailableError(`${description}, rate limit`, refusal);
        return { ok: false, retryAfterSeconds: secondsUntil(refusal.msBeforeNext) };
      }
    };
    return new RateLimiter(consume, hashKey, { close: () => pool.end() });
  }

  /** The keyed hash a client is known by. */
  hashOf(client: string): string {
    return createHmac('sha256', this.#key).update(clientNetwork(client)).digest('base64url');
  }

  /** Counts one request from `client` (an IP address) and says whether it may go ahead. */
  take(client: string): Promise<RateDecision> {
    return this.#consume(this.hashOf(client));
  }

  /** Lets go of the database connections, if any. */
  close(): Promise<void> {
    return this.#close();
  }

  /** How many clients the in-memory limit remembers now; undefined when PostgreSQL keeps them. */
  trackedClients(): number | undefined {
    return this.#tracked();
  }
}

const secondsUntil = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * What one client controls: its IPv4 address, or its IPv6 /64 network. An ISP hands each customer
 * at least a /64, so counting IPv6 addresses one by one would give every client billions of
 * allowances (and the limiter billions of entries). An IPv4 client seen over IPv6 (::ffff:a.b.c.d)
 * is the IPv4 client; a zone id (fe80::1%eth0) names our interface, not the client.
 */
function clientNetwork(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const ip = ipaddr.process(address);
  if (ip instanceof ipaddr.IPv4) return ip.toString();
  return `${new ipaddr.IPv6([...ip.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}
