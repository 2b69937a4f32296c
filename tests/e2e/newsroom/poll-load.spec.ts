import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { PollResults } from '../../../src/features/poll/model.ts';
import { openSqliteVoteStore } from '../../../src/features/poll/store.ts';
import { pollApiPath } from '../../../src/lib/routes.ts';
import { startServer, type BuiltServer } from '../../../src/tooling/built-server.ts';
import { NEWSROOM } from '../../support/newsroom.ts';

// Real servers on loopback with stores of their own, apart from the one the other tests use.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const poll = 'fixture-poll';
const api = pollApiPath(poll);
const CLIENTS = 50;
const VOTES = 1000;
const REVOTES = 200;

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'poll-load-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

async function results(server: BuiltServer): Promise<PollResults> {
  return (await fetch(server.url + api)).json() as Promise<PollResults>;
}

const byOption = (r: PollResults) => Object.fromEntries(r.options.map((o) => [o.value, o.votes]));

/** Runs `count` jobs with `clients` of them in flight at once. */
async function concurrently(count: number, clients: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

test('50 concurrent clients cast 1,000 votes: every one is stored once, re-votes move votes, a crash loses none', async () => {
  const db = join(work, 'load.sqlite');
  const env = { POLL_DB_PATH: db, POLL_RATE_LIMIT: String(VOTES * 2) };
  let server = await startServer(4396, env, NEWSROOM.serverEntry);
  const options = (await results(server)).options.map((o) => o.value);

  // Each vote is a new reader: no cookie, so the server gives each its own voter id.
  const cookies: string[] = [];
  const expected = new Map<string, string>();
  await concurrently(VOTES, CLIENTS, async (i) => {
    const choice = options[(i * 7 + (i >> 3)) % options.length]!;
    const response = await fetch(server.url + api, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ choice }),
    });
    expect(response.status).toBe(200);
    cookies[i] = response.headers.get('set-cookie')!.split(';')[0]!;
    expected.set(cookies[i]!, choice);
  });
  expect(new Set(cookies).size, 'every reader got their own voter id').toBe(VOTES);

  // Some readers change their minds, all at once; each change replaces, never adds.
  await concurrently(REVOTES, CLIENTS, async (i) => {
    const cookie = cookies[i * 5]!;
    const choice = options[(options.indexOf(expected.get(cookie)!) + 1) % options.length]!;
    const response = await fetch(server.url + api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ choice }),
    });
    expect(response.status).toBe(200);
    expected.set(cookie, choice);
  });

  const want = Object.fromEntries(
    options.map((o) => [o, [...expected.values()].filter((c) => c === o).length]),
  );
  const live = await results(server);
  expect(live.total).toBe(VOTES);
  expect(byOption(live)).toEqual(want);

  // A crash (SIGKILL: no shutdown, nothing flushed) and a restart keep every acknowledged vote.
  await server.stop('SIGKILL');
  server = await startServer(4396, env, NEWSROOM.serverEntry);
  const restarted = await results(server);
  expect(restarted.total).toBe(VOTES);
  expect(byOption(restarted)).toEqual(want);
  await server.stop();

  // And the stored rows themselves say the same.
  const store = openSqliteVoteStore(db);
  expect(Object.fromEntries(await store.counts(poll))).toEqual(
    Object.fromEntries(Object.entries(want).filter(([, n]) => n > 0)),
  );
  await store.close();
});

test('a client over the rate limit gets 429 with Retry-After, and that vote is not stored', async () => {
  const server = await startServer(
    4395,
    { POLL_DB_PATH: join(work, 'limit.sqlite'), POLL_RATE_LIMIT: '3' },
    NEWSROOM.serverEntry,
  );
  try {
    const post = () =>
      fetch(server.url + api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ choice: 'the-headline' }),
      });
    for (let i = 0; i < 3; i++) expect((await post()).status).toBe(200);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe('rate-limited');
    expect((await results(server)).total).toBe(3);
  } finally {
    await server.stop();
  }
});
