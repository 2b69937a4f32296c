import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { openSqliteVoteStore } from '../../src/features/poll/store-sqlite.ts';
import { startServer } from '../../src/tooling/built-server.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { byOption, castVote, concurrently, FIXTURE_POLL, results } from '../support/voting.ts';

const CLIENTS = 50;
const VOTES = 1000;
const REVOTES = 200;

const work = mkdtempSync(join(tmpdir(), 'poll-load-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('50 concurrent clients cast 1,000 votes: every one is stored once, re-votes move votes, a crash loses none', async () => {
  const db = join(work, 'load.sqlite');
  const env = { POLL_DB_PATH: db, POLL_RATE_LIMIT: String(VOTES * 2) };
  let server = await startServer({ env, distDir: NEWSROOM.outDir });
  const options = (await results(server.url)).options.map((o) => o.value);

  // Each vote is a new reader: no cookie, so the server gives each its own voter id.
  const cookies: string[] = [];
  const expected = new Map<string, string>();
  await concurrently(VOTES, CLIENTS, async (i) => {
    const choice = options[(i * 7 + (i >> 3)) % options.length]!;
    const response = await castVote(server.url, choice);
    expect(response.status).toBe(200);
    cookies[i] = response.headers.get('set-cookie')!.split(';')[0]!;
    expected.set(cookies[i]!, choice);
  });
  expect(new Set(cookies).size, 'every reader got their own voter id').toBe(VOTES);

  // Some readers change their minds, all at once; each change replaces, never adds.
  await concurrently(REVOTES, CLIENTS, async (i) => {
    const cookie = cookies[i * 5]!;
    const choice = options[(options.indexOf(expected.get(cookie)!) + 1) % options.length]!;
    expect((await castVote(server.url, choice, { cookie })).status).toBe(200);
    expected.set(cookie, choice);
  });

  const want = Object.fromEntries(
    options.map((o) => [o, [...expected.values()].filter((c) => c === o).length]),
  );
  const live = await results(server.url);
  expect(live.total).toBe(VOTES);
  expect(byOption(live)).toEqual(want);

  // A crash (SIGKILL: no shutdown, nothing flushed) and a restart keep every acknowledged vote.
  await server.stop('SIGKILL');
  server = await startServer({ port: server.port, env, distDir: NEWSROOM.outDir });
  const restarted = await results(server.url);
  expect(restarted.total).toBe(VOTES);
  expect(byOption(restarted)).toEqual(want);
  await server.stop();

  // And the stored rows themselves say the same.
  const store = openSqliteVoteStore(db);
  expect(Object.fromEntries(await store.counts(FIXTURE_POLL))).toEqual(
    Object.fromEntries(Object.entries(want).filter(([, n]) => n > 0)),
  );
  await store.close();
});

test('a client over the rate limit gets 429 with Retry-After, and that vote is not stored', async () => {
  const server = await startServer({
    env: { POLL_DB_PATH: join(work, 'limit.sqlite'), POLL_RATE_LIMIT: '3' },
    distDir: NEWSROOM.outDir,
  });
  try {
    for (let i = 0; i < 3; i++) expect((await castVote(server.url, 'the-headline')).status).toBe(200);
    const refused = await castVote(server.url, 'the-headline');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe('rate-limited');
    expect((await results(server.url)).total).toBe(3);
  } finally {
    await server.stop();
  }
});

test('behind a trusted proxy, forged X-Forwarded-For entries do not get a client past the limit', async () => {
  const server = await startServer({
    env: { POLL_DB_PATH: join(work, 'proxy.sqlite'), POLL_RATE_LIMIT: '3', TRUSTED_PROXIES: '1' },
    distDir: NEWSROOM.outDir,
  });
  try {
    // What nginx forwards when one reader forges a new address each time: its own entry comes last.
    const statuses = [];
    for (let i = 0; i < 10; i++) {
      const response = await castVote(server.url, 'the-headline', {
        headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.7` },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429, 429, 429]);
    const other = await castVote(server.url, 'the-headline', {
      headers: { 'x-forwarded-for': '203.0.113.8' },
    });
    expect(other.status, 'another reader behind the same proxy has an allowance of their own').toBe(200);
  } finally {
    await server.stop();
  }
});
