import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** One reader's choice in one poll. */
export interface Vote {
  poll: string;
  /** The random id from the reader's voter cookie. */
  voter: string;
  /** The option's value (its slug). */
  choice: string;
}

/**
 * Where votes live. The API only talks to this interface, so a networked database can replace the
 * embedded SQLite file when one server is no longer enough (see the README, "The reader poll").
 * Methods are async for that reason, although SQLite answers synchronously.
 */
export interface VoteStore {
  /** Records a vote; a voter who votes again in the same poll changes their choice, never adds one. */
  castVote(vote: Vote): Promise<void>;
  /** Votes per option value in a poll (options nobody chose are absent). */
  counts(poll: string): Promise<Map<string, number>>;
  /** What this voter chose in this poll, or null. */
  choiceOf(poll: string, voter: string): Promise<string | null>;
  close(): Promise<void>;
}

/** Where the store is kept unless `POLL_DB_PATH` says otherwise (data/ is git-ignored). */
export const DEFAULT_DB_PATH = 'data/polls.sqlite';

/**
 * Schema changes, in order; never edit one that has shipped, append a new one. The database's
 * `user_version` records how many have run, so each runs exactly once, at open.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE votes (
     poll     TEXT NOT NULL,
     voter    TEXT NOT NULL,
     choice   TEXT NOT NULL,
     voted_at TEXT NOT NULL,
     PRIMARY KEY (poll, voter)
   ) WITHOUT ROWID;
   CREATE INDEX votes_by_choice ON votes (poll, choice);`,
];

/** Opens (creating if needed) the SQLite store at `path`; `:memory:` gives a throwaway one for tests. */
export function openSqliteVoteStore(
  path: string = process.env['POLL_DB_PATH'] ?? DEFAULT_DB_PATH,
): VoteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  // WAL: readers never wait for the writer, and a committed vote survives the process dying.
  // busy_timeout: a second server process on the same file waits for the lock instead of failing.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
  migrate(db);

  const upsert = db.prepare(
    `INSERT INTO votes (poll, voter, choice, voted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (poll, voter) DO UPDATE SET choice = excluded.choice, voted_at = excluded.voted_at`,
  );
  const counts = db.prepare('SELECT choice, COUNT(*) AS n FROM votes WHERE poll = ? GROUP BY choice');
  const choice = db.prepare('SELECT choice FROM votes WHERE poll = ? AND voter = ?');

  return {
    async castVote({ poll, voter, choice }) {
      transaction(db, () => upsert.run(poll, voter, choice, new Date().toISOString()));
    },
    async counts(poll) {
      const rows = counts.all(poll) as { choice: string; n: number }[];
      return new Map(rows.map((row) => [row.choice, Number(row.n)]));
    },
    async choiceOf(poll, voter) {
      const row = choice.get(poll, voter) as { choice: string } | undefined;
      return row?.choice ?? null;
    },
    async close() {
      if (db.isOpen) db.close();
    },
  };
}

function migrate(db: DatabaseSync) {
  const { user_version: done } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  if (done > MIGRATIONS.length) {
    throw new Error(
      `The poll database is at schema version ${done}, newer than this code knows (${MIGRATIONS.length}). ` +
        'Deploy the newer code, or point POLL_DB_PATH at a database this version created.',
    );
  }
  MIGRATIONS.slice(done).forEach((sql, i) => {
    transaction(db, () => {
      db.exec(sql);
      db.exec(`PRAGMA user_version = ${done + i + 1}`);
    });
  });
}

/** BEGIN IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read. */
function transaction(db: DatabaseSync, work: () => void) {
  db.exec('BEGIN IMMEDIATE');
  try {
    work();
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
