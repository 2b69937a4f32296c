import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  MIGRATIONS,
  newerSchemaError,
  openFailure,
  StoreUnavailableError,
  type Vote,
  type VoteStore,
} from './store.ts';

/**
 * Opens (creating if needed) the SQLite store at `path`; `:memory:` gives a throwaway one for tests.
 * One writer at a time on one machine: plenty for one server (see the README, "The reader poll").
 */
export function openSqliteVoteStore(path: string): VoteStore {
  const description = `SQLite ${path}`;
  let db: DatabaseSync | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path);
    // WAL: readers never wait for the writer, and a committed vote survives the process dying.
    // busy_timeout: a second server process on the same file waits for the lock instead of failing.
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    migrate(db);
  } catch (error) {
    if (db?.isOpen) db.close();
    throw openFailure(description, error);
  }
  return storeOn(db, description);
}

function storeOn(db: DatabaseSync, description: string): VoteStore {
  const upsert = db.prepare(
    `INSERT INTO votes (poll, voter, choice, voted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (poll, voter) DO UPDATE SET choice = excluded.choice, voted_at = excluded.voted_at`,
  );
  const counts = db.prepare('SELECT choice, votes AS n FROM tallies WHERE votes > 0 AND poll = ?');
  const choice = db.prepare('SELECT choice FROM votes WHERE poll = ? AND voter = ?');
  /** Runs one operation; a database error becomes one a caller can answer with "try again". */
  const guard = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw new StoreUnavailableError(description, error);
    }
  };

  // Group commit: votes that arrive while the event loop is busy are written in one transaction,
  // so one fsync makes a whole batch durable; each vote is answered only once its batch is.
  let batch: { vote: Vote; done: PromiseWithResolvers<void> }[] = [];
  const commitBatch = () => {
    const committing = batch;
    batch = [];
    try {
      guard(() =>
        transaction(db, () => {
          const now = new Date().toISOString();
          for (const { vote } of committing) upsert.run(vote.poll, vote.voter, vote.choice, now);
        }),
      );
      for (const { done } of committing) done.resolve();
    } catch (error) {
      // The transaction rolled back: none of these votes is stored, and each one is told so.
      for (const { done } of committing) done.reject(error);
    }
  };

  return {
    description,
    castVote(vote) {
      if (batch.length === 0) setImmediate(commitBatch);
      const done = Promise.withResolvers<void>();
      batch.push({ vote, done });
      return done.promise;
    },
    async counts(poll) {
      const rows = guard(() => counts.all(poll) as { choice: string; n: number }[]);
      return new Map(rows.map((row) => [row.choice, Number(row.n)]));
    },
    async choiceOf(poll, voter) {
      const row = guard(() => choice.get(poll, voter) as { choice: string } | undefined);
      return row?.choice ?? null;
    },
    async check() {
      // Only a write proves the file can be written: SQLite opens a file it may not write read-only,
      // and on such a connection an empty BEGIN IMMEDIATE ... COMMIT succeeds. So write the schema
      // version it already has, and roll that back.
      guard(() => {
        const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
        db.exec('BEGIN IMMEDIATE');
        try {
          db.exec(`PRAGMA user_version = ${version}`);
        } finally {
          if (db.isTransaction) db.exec('ROLLBACK');
        }
      });
    },
    async close() {
      if (batch.length > 0) commitBatch();
      if (db.isOpen) db.close();
    },
  };
}

function migrate(db: DatabaseSync) {
  const { user_version: done } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  if (done > MIGRATIONS.length) throw newerSchemaError(done);
  MIGRATIONS.slice(done).forEach(({ sqlite }, i) => {
    transaction(db, () => {
      db.exec(sqlite);
      db.exec(`PRAGMA user_version = ${done + i + 1}`);
    });
  });
}

/**
 * BEGIN IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read.
 * When the work fails, its error is the one reported, even if rolling back fails too (on a full
 * disk SQLite may already have ended the transaction: "cannot rollback - no transaction is active").
 */
function transaction(db: DatabaseSync, work: () => void) {
  db.exec('BEGIN IMMEDIATE');
  try {
    work();
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) {
      try {
        db.exec('ROLLBACK');
      } catch {
        // The work's own error below says what went wrong.
      }
    }
    throw error;
  }
}
