import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import { devPollServices } from '../../../../src/features/poll/dev.ts';
import { openPollServices, pollSettings } from '../../../../src/features/poll/services.ts';
import { openSqliteVoteStore } from '../../../../src/features/poll/store-sqlite.ts';

const work = mkdtempSync(join(tmpdir(), 'poll-services-'));
afterAll(() => {
  chmodSync(work, 0o700);
  rmSync(work, { recursive: true, force: true });
});
const savedPath = process.env['POLL_DB_PATH'];
afterEach(() => {
  if (savedPath === undefined) delete process.env['POLL_DB_PATH'];
  else process.env['POLL_DB_PATH'] = savedPath;
});

test('settings that make no sense stop the start, naming the variable and what it must hold', () => {
  expect(() => pollSettings({ POLL_RATE_LIMIT: 'lots' })).toThrow(
    'POLL_RATE_LIMIT must be a whole number of votes per minute, 1 or more; it is "lots".',
  );
  expect(() => pollSettings({ POLL_DATABASE_URL: 'mysql://db/polls' })).toThrow(
    'POLL_DATABASE_URL must be a PostgreSQL connection URL, like postgres://user:password@host:5432/polls.',
  );
  expect(pollSettings({})).toEqual({ rateLimit: 30, databaseUrl: undefined, dbPath: 'data/polls.sqlite' });
});

test('a store that cannot be opened is refused with the file and the reason', async () => {
  writeFileSync(join(work, 'a-file'), '');
  const dbPath = join(work, 'a-file', 'polls.sqlite');
  await expect(openPollServices({ rateLimit: 30, databaseUrl: undefined, dbPath })).rejects.toThrow(
    `The poll store (SQLite ${dbPath}) cannot be opened: EEXIST: file already exists, mkdir`,
  );
});

test('under `astro dev` a failed open is not kept: once the fault is fixed, the next vote gets the store', async () => {
  const folder = join(work, 'fixed-later');
  writeFileSync(folder, ''); // a file where the store's folder should be
  process.env['POLL_DB_PATH'] = join(folder, 'polls.sqlite');
  await expect(devPollServices()).rejects.toThrow('cannot be opened');
  rmSync(folder);
  mkdirSync(folder);
  const { store } = await devPollServices();
  await store.castVote({ poll: 'p', voter: 'ann', choice: 'yes' });
  expect(await store.counts('p')).toEqual(new Map([['yes', 1]]));
  await store.close();
});

/**
 * Runs `npm run poll-store`'s command on `dbPath`. Root may write any file; without the
 * capabilities that allow it, it is held to the permissions like any other user.
 */
function pollStore(dbPath: string) {
  const asRoot = process.getuid?.() === 0;
  const command = [process.execPath, 'src/commands/poll-store.ts'];
  return spawnSync(
    asRoot ? 'setpriv' : command[0]!,
    asRoot ? ['--bounding-set=-dac_override,-dac_read_search', '--', ...command] : command.slice(1),
    { env: { ...process.env, POLL_DB_PATH: dbPath }, encoding: 'utf8' },
  );
}

/** A store made and closed in a folder of its own, its file then made read-only. */
function readOnlyStore(name: string): { folder: string; dbPath: string } {
  const folder = join(work, name);
  const dbPath = join(folder, 'polls.sqlite');
  mkdirSync(folder);
  openSqliteVoteStore(dbPath).close();
  chmodSync(dbPath, 0o444);
  return { folder, dbPath };
}

test('`npm run poll-store` fails on an existing database this process cannot write, saying so', () => {
  const { folder, dbPath } = readOnlyStore('read-only');
  chmodSync(folder, 0o555);
  const run = pollStore(dbPath);
  expect(run.status, run.stdout).toBe(1);
  expect(run.stderr).toContain(`The poll store (SQLite ${dbPath})`);
  expect(run.stderr).toMatch(/readonly database|unable to open/);
  expect(run.stderr).toContain('POLL_DB_PATH');

  chmodSync(folder, 0o755);
  chmodSync(dbPath, 0o644);
  const fixed = spawnSync(process.execPath, ['src/commands/poll-store.ts'], {
    env: { ...process.env, POLL_DB_PATH: dbPath },
    encoding: 'utf8',
  });
  expect(fixed.status, fixed.stderr).toBe(0);
  expect(fixed.stdout).toBe(`Poll store ready: SQLite ${dbPath}\n`);
});

test('`npm run poll-store` fails on a read-only database file in a folder it may write', () => {
  // SQLite opens such a file read-only without a word, and an empty write transaction on it
  // succeeds: only a real write shows that every vote would fail.
  const { dbPath } = readOnlyStore('read-only-file');
  const run = pollStore(dbPath);
  expect(run.stdout).not.toContain('Poll store ready');
  expect(run.status, run.stdout).toBe(1);
  expect(run.stderr).toContain(
    `The poll store (SQLite ${dbPath}) failed: attempt to write a readonly database`,
  );
  expect(run.stderr).toContain('POLL_DB_PATH');
});
