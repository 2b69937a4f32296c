import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MIGRATIONS, StoreUnavailableError, type VoteStore } from '../../../../src/features/poll/store.ts';
import { describeDatabase, openPostgresVoteStore } from '../../../../src/features/poll/store-postgres.ts';
import { openSqliteVoteStore } from '../../../../src/features/poll/store-sqlite.ts';
import {
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../../../src/tooling/throwaway-postgres.ts';

const work = mkdtempSync(join(tmpdir(), 'vote-store-'));
let postgres: ThrowawayPostgres;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
});
afterAll(async () => {
  await postgres.remove();
  rmSync(work, { recursive: true, force: true });
});

const FIRST_SCHEMA = MIGRATIONS.slice(0, 1);
const OLD_VOTES = [
  ['p', 'ann', 'yes'],
  ['p', 'bo', 'no'],
  ['p', 'cy', 'yes'],
] as const;

/**
 * Each kind of store: where a new one lives, how to open it there, and how to make a database as
 * the first release left it (schema version 1, with votes in it), to test the migrations.
 */
const kinds = [
  {
    name: 'SQLite',
    place: () => join(work, `${randomUUID()}.sqlite`),
    open: async (place: string): Promise<VoteStore> => openSqliteVoteStore(place),
    async seedFirstRelease(place: string) {
      const db = new DatabaseSync(place);
      db.exec(`${FIRST_SCHEMA[0]!.sqlite}; PRAGMA user_version = 1;`);
      const insert = db.prepare("INSERT INTO votes VALUES (?, ?, ?, '2025-04-28T00:00:00Z')");
      for (const vote of OLD_VOTES) insert.run(...vote);
      db.close();
    },
  },
  {
    name: 'PostgreSQL',
    place: () => postgres.newDatabase(),
    open: (place: string): Promise<VoteStore> => openPostgresVoteStore(place),
    async seedFirstRelease(place: string) {
      const client = new pg.Client({ connectionString: place });
      await client.connect();
      await client.query(FIRST_SCHEMA[0]!.postgres);
      await client.query(
        'CREATE TABLE poll_schema (version integer NOT NULL); INSERT INTO poll_schema VALUES (1)',
      );
      for (const vote of OLD_VOTES) {
        await client.query("INSERT INTO votes VALUES ($1, $2, $3, '2025-04-28T00:00:00Z')", [...vote]);
      }
      await client.end();
    },
  },
];

// The contract: what the API relies on, whichever store a site runs.
describe.each(kinds)('the $name store', ({ place, open, seedFirstRelease }) => {
  test('a database from the first release is migrated with its votes counted', async () => {
    const where = place();
    await seedFirstRelease(where);
    const store = await open(where);
    expect(await store.counts('p')).toEqual(
      new Map([
        ['no', 1],
        ['yes', 2],
      ]),
    );
    await store.castVote({ poll: 'p', voter: 'bo', choice: 'yes' });
    expect(await store.counts('p')).toEqual(new Map([['yes', 3]]));
    await store.close();
  });

  test('voting again changes the voter’s choice and never adds a second vote', async () => {
    const store = await open(place());
    await store.castVote({ poll: 'p', voter: 'ann', choice: 'yes' });
    await store.castVote({ poll: 'p', voter: 'bo', choice: 'yes' });
    await store.castVote({ poll: 'p', voter: 'ann', choice: 'no' });
    await store.castVote({ poll: 'other', voter: 'ann', choice: 'yes' });
    expect(await store.counts('p')).toEqual(
      new Map([
        ['no', 1],
        ['yes', 1],
      ]),
    );
    expect(await store.choiceOf('p', 'ann')).toBe('no');
    expect(await store.choiceOf('p', 'cy')).toBeNull();
    expect(await store.counts('nobody-voted')).toEqual(new Map());
    await store.close();
  });

  test('200 votes cast at once are each counted once', async () => {
    const store = await open(place());
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.castVote({ poll: 'p', voter: `v${i % 150}`, choice: `c${i % 3}` }),
      ),
    );
    const counts = await store.counts('p');
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(150);
    await store.close();
  });

  test('votes survive closing and reopening, and reopening runs no migration twice', async () => {
    const where = place();
    const first = await open(where);
    await first.castVote({ poll: 'p', voter: 'ann', choice: 'yes' });
    await first.close();
    const second = await open(where);
    expect(await second.counts('p')).toEqual(new Map([['yes', 1]]));
    await second.check();
    await second.close();
  });

  test('the description names the store without any password', async () => {
    const store = await open(place());
    expect(store.description).toMatch(/^(SQLite \S+\.sqlite|PostgreSQL polls_\d+ on 127\.0\.0\.1:\d+)$/);
    await store.close();
  });
});

describe('SQLite', () => {
  test('a new database file gets its folder, the schema and WAL mode when the store opens', async () => {
    const path = join(work, 'nested', 'folder', 'polls.sqlite');
    await openSqliteVoteStore(path).close();
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: MIGRATIONS.length });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()).toEqual([
      { name: 'tallies' },
      { name: 'votes' },
    ]);
    db.close();
  });

  test('a database from newer code is refused with what to do, not silently used', () => {
    const path = join(work, 'future.sqlite');
    const db = new DatabaseSync(path);
    db.exec('PRAGMA user_version = 99');
    db.close();
    expect(() => openSqliteVoteStore(path)).toThrow(
      `The poll database is at schema version 99, newer than this code knows (${MIGRATIONS.length}). Deploy the ` +
        'newer code, or point POLL_DB_PATH or POLL_DATABASE_URL at a database this version created.',
    );
  });
});

describe('PostgreSQL', () => {
  const admin = (url: string) => new pg.Client({ connectionString: url });

  test('servers starting at once on a new database create its schema once', async () => {
    const url = postgres.newDatabase();
    const stores = await Promise.all(Array.from({ length: 5 }, () => openPostgresVoteStore(url)));
    await Promise.all(stores.map((store) => store.close()));
    const client = admin(url);
    await client.connect();
    expect((await client.query('SELECT version FROM poll_schema')).rows).toEqual([
      { version: MIGRATIONS.length },
    ]);
    await client.end();
  });

  test('a database from newer code is refused with what to do', async () => {
    const url = postgres.newDatabase();
    await (await openPostgresVoteStore(url)).close();
    const client = admin(url);
    await client.connect();
    await client.query('UPDATE poll_schema SET version = 99');
    await client.end();
    await expect(openPostgresVoteStore(url)).rejects.toThrow(
      `The poll database is at schema version 99, newer than this code knows (${MIGRATIONS.length}).`,
    );
  });

  test('a read-only database fails the check with the reason', async () => {
    const url = postgres.newDatabase();
    await (await openPostgresVoteStore(url)).close();
    const client = admin(url);
    await client.connect();
    await client.query(
      `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET default_transaction_read_only = on`,
    );
    await client.end();
    const again = await openPostgresVoteStore(url).catch((error: Error) => error);
    expect(String(again)).toMatch(/read-only transaction|only allows reading/);
  });

  test('a lost database fails each call as "unavailable" and the same store works again once it is back', async () => {
    const store = await openPostgresVoteStore(postgres.newDatabase());
    await store.castVote({ poll: 'p', voter: 'ann', choice: 'yes' });
    await postgres.stop();
    try {
      const failed = await store
        .castVote({ poll: 'p', voter: 'bo', choice: 'yes' })
        .catch((error: unknown) => error);
      expect(failed).toBeInstanceOf(StoreUnavailableError);
      expect(String(failed)).toMatch(
        /^StoreUnavailableError: The poll store \(PostgreSQL polls_\d+ on .*\) failed: /,
      );
      await expect(store.check()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await postgres.start();
    }
    await store.castVote({ poll: 'p', voter: 'cy', choice: 'yes' });
    expect(await store.counts('p')).toEqual(new Map([['yes', 2]]));
    await store.close();
  });

  test('logs and messages name the database, never its password', () => {
    expect(describeDatabase('postgres://polls:s3cret@db.example:6543/votes')).toBe(
      'PostgreSQL votes on db.example:6543',
    );
  });
});
