import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, expect, test } from 'vitest';
import { openSqliteVoteStore } from '../../../../src/features/poll/store.ts';

const work = mkdtempSync(join(tmpdir(), 'vote-store-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a new database file gets its folder, the schema and WAL mode when the store opens', async () => {
  const path = join(work, 'nested', 'folder', 'polls.sqlite');
  const store = openSqliteVoteStore(path);
  await store.close();
  const db = new DatabaseSync(path);
  expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
  expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 1 });
  expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()).toEqual([
    { name: 'votes' },
  ]);
  db.close();
});

test('voting again changes the voter’s choice and never adds a second vote', async () => {
  const store = openSqliteVoteStore(':memory:');
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
  await store.close();
});

test('votes survive closing and reopening the file, and reopening runs no migration twice', async () => {
  const path = join(work, 'reopen.sqlite');
  const first = openSqliteVoteStore(path);
  await first.castVote({ poll: 'p', voter: 'ann', choice: 'yes' });
  await first.close();
  const second = openSqliteVoteStore(path);
  expect(await second.counts('p')).toEqual(new Map([['yes', 1]]));
  await second.close();
});

test('a database from newer code is refused with what to do, not silently used', () => {
  const path = join(work, 'future.sqlite');
  const db = new DatabaseSync(path);
  db.exec('PRAGMA user_version = 99');
  db.close();
  expect(() => openSqliteVoteStore(path)).toThrow(
    'The poll database is at schema version 99, newer than this code knows (1). Deploy the newer code, ' +
      'or point POLL_DB_PATH at a database this version created.',
  );
});
