/** One reader's choice in one poll. */
export interface Vote {
  poll: string;
  /** The random id from the reader's voter cookie. */
  voter: string;
  /** The option's value (its slug). */
  choice: string;
}

/**
 * Where votes live: an SQLite file on one server (store-sqlite.ts), or PostgreSQL when several
 * servers share the votes (store-postgres.ts). The API talks only to this interface, and one suite
 * of contract tests runs against both (tests/unit/features/poll/store.test.ts).
 */
export interface VoteStore {
  /** Which store this is, for logs: "SQLite data/polls.sqlite", "PostgreSQL db@host". */
  readonly description: string;
  /** Records a vote; a voter who votes again in the same poll changes their choice, never adds one. */
  castVote(vote: Vote): Promise<void>;
  /** Votes per option value in a poll (options nobody chose are absent). */
  counts(poll: string): Promise<Map<string, number>>;
  /** What this voter chose in this poll, or null. */
  choiceOf(poll: string, voter: string): Promise<string | null>;
  /** Fails, saying why, unless the store can take a vote now (it can be written to). */
  check(): Promise<void>;
  close(): Promise<void>;
}

/** A store failed for a reason that may pass (a full disk, a lost connection): worth a retry. */
export class StoreUnavailableError extends Error {
  constructor(description: string, cause: unknown) {
    super(
      `The poll store (${description}) failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = 'StoreUnavailableError';
  }
}

/** The error for a store that cannot be opened: which store, and why. */
export function openFailure(description: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new Error(`The poll store (${description}) cannot be opened: ${reason}`, { cause });
}

/**
 * Schema changes, in order, one entry per step in each store's own SQL; never edit one that has
 * shipped, append a new one. Each store records how many have run (SQLite's `user_version`,
 * PostgreSQL's `poll_schema` table), so each runs exactly once.
 */
export const MIGRATIONS: readonly { sqlite: string; postgres: string }[] = [
  {
    sqlite: `CREATE TABLE votes (
       poll     TEXT NOT NULL,
       voter    TEXT NOT NULL,
       choice   TEXT NOT NULL,
       voted_at TEXT NOT NULL,
       PRIMARY KEY (poll, voter)
     ) WITHOUT ROWID;
     CREATE INDEX votes_by_choice ON votes (poll, choice);`,
    postgres: `CREATE TABLE votes (
       poll     TEXT NOT NULL,
       voter    TEXT NOT NULL,
       choice   TEXT NOT NULL,
       voted_at TEXT NOT NULL,
       PRIMARY KEY (poll, voter)
     );
     CREATE INDEX votes_by_choice ON votes (poll, choice);`,
  },
  {
    // Counting a poll's votes row by row costs more with every vote, and each vote answers with
    // the counts: keep a running tally per option instead, kept right by triggers in the same
    // transaction as the vote (an upsert that changes a choice fires the update trigger).
    sqlite: `DROP INDEX votes_by_choice;
     CREATE TABLE tallies (
       poll   TEXT NOT NULL,
       choice TEXT NOT NULL,
       votes  INTEGER NOT NULL,
       PRIMARY KEY (poll, choice)
     ) WITHOUT ROWID;
     INSERT INTO tallies SELECT poll, choice, COUNT(*) FROM votes GROUP BY poll, choice;
     CREATE TRIGGER tally_new_vote AFTER INSERT ON votes BEGIN
       INSERT INTO tallies VALUES (new.poll, new.choice, 1)
         ON CONFLICT (poll, choice) DO UPDATE SET votes = votes + 1;
     END;
     CREATE TRIGGER tally_changed_vote AFTER UPDATE OF choice ON votes WHEN old.choice <> new.choice BEGIN
       UPDATE tallies SET votes = votes - 1 WHERE poll = old.poll AND choice = old.choice;
       INSERT INTO tallies VALUES (new.poll, new.choice, 1)
         ON CONFLICT (poll, choice) DO UPDATE SET votes = votes + 1;
     END;`,
    postgres: `DROP INDEX votes_by_choice;
     CREATE TABLE tallies (
       poll   TEXT NOT NULL,
       choice TEXT NOT NULL,
       votes  INTEGER NOT NULL,
       PRIMARY KEY (poll, choice)
     );
     INSERT INTO tallies SELECT poll, choice, COUNT(*) FROM votes GROUP BY poll, choice;
     CREATE FUNCTION tally_vote() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'UPDATE' THEN
         IF OLD.choice = NEW.choice THEN RETURN NULL; END IF;
         UPDATE tallies SET votes = votes - 1 WHERE poll = OLD.poll AND choice = OLD.choice;
       END IF;
       INSERT INTO tallies VALUES (NEW.poll, NEW.choice, 1)
         ON CONFLICT (poll, choice) DO UPDATE SET votes = tallies.votes + 1;
       RETURN NULL;
     END $$;
     CREATE TRIGGER tally_vote AFTER INSERT OR UPDATE OF choice ON votes
       FOR EACH ROW EXECUTE FUNCTION tally_vote();`,
  },
];

/** The error for a database written by newer code than this. */
export function newerSchemaError(found: number): Error {
  return new Error(
    `The poll database is at schema version ${found}, newer than this code knows (${MIGRATIONS.length}). ` +
      'Deploy the newer code, or point POLL_DB_PATH or POLL_DATABASE_URL at a database this version created.',
  );
}

/** Where the SQLite store is kept unless `POLL_DB_PATH` says otherwise (data/ is git-ignored). */
export const DEFAULT_DB_PATH = 'data/polls.sqlite';
