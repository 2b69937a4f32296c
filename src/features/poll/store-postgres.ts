import pg from 'pg';
import { MIGRATIONS, newerSchemaError, openFailure, StoreUnavailableError, type VoteStore } from './store.ts';

/** A lock id only this site's schema changes take (see withSchemaLock). */
const SCHEMA_LOCK = 42_112_025;

/** The database a connection URL names, without its password: "polls on db.example:5432". */
export function describeDatabase(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `PostgreSQL ${pathname.slice(1) || '(default database)'} on ${hostname}${port ? `:${port}` : ''}`;
}

/**
 * Opens the PostgreSQL store at `url` (`postgres://user:password@host:port/database`), creating or
 * migrating its schema first. For several servers sharing the votes.
 */
export async function openPostgresVoteStore(url: string): Promise<VoteStore> {
  const description = describeDatabase(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its connection must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error(`${description}: an idle connection failed: ${error.message}`));
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw new StoreUnavailableError(description, error);
    }
  };
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw openFailure(description, error);
  }

  return {
    description,
    async castVote({ poll, voter, choice }) {
      await guard(() =>
        pool.query(
          `INSERT INTO votes (poll, voter, choice, voted_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (poll, voter) DO UPDATE SET choice = excluded.choice, voted_at = excluded.voted_at`,
          [poll, voter, choice, new Date().toISOString()],
        ),
      );
    },
    async counts(poll) {
      const { rows } = await guard(() =>
        pool.query<{ choice: string; n: string }>(
          'SELECT choice, votes AS n FROM tallies WHERE votes > 0 AND poll = $1',
          [poll],
        ),
      );
      return new Map(rows.map((row) => [row.choice, Number(row.n)]));
    },
    async choiceOf(poll, voter) {
      const { rows } = await guard(() =>
        pool.query<{ choice: string }>('SELECT choice FROM votes WHERE poll = $1 AND voter = $2', [
          poll,
          voter,
        ]),
      );
      return rows[0]?.choice ?? null;
    },
    async check() {
      await guard(async () => {
        const { rows } = await pool.query<{ readonly: boolean }>(
          "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on' AS readonly",
        );
        if (rows[0]?.readonly) throw new Error('the database only allows reading (a standby, or read-only).');
      });
    },
    async close() {
      await pool.end();
    },
  };
}

/**
 * Runs `work` in one transaction holding a lock only this site's schema changes take, so servers
 * starting at once on a new database never race to create the same table (PostgreSQL's
 * CREATE TABLE IF NOT EXISTS is not safe against that).
 */
export async function withSchemaLock<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function migrate(pool: pg.Pool) {
  return withSchemaLock(pool, async (client) => {
    await client.query('CREATE TABLE IF NOT EXISTS poll_schema (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM poll_schema');
    const done = rows[0]?.version ?? 0;
    if (rows.length === 0) await client.query('INSERT INTO poll_schema (version) VALUES (0)');
    if (done > MIGRATIONS.length) throw newerSchemaError(done);
    for (const [i, { postgres }] of MIGRATIONS.slice(done).entries()) {
      await client.query(postgres);
      await client.query('UPDATE poll_schema SET version = $1', [done + i + 1]);
    }
  });
}
