import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPostgresVoteStore } from '../../src/features/poll/store-postgres.ts';
import { pollResultsPath } from '../../src/lib/routes.ts';
import { startServer, type BuiltServer } from '../../src/tooling/built-server.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../src/tooling/throwaway-postgres.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { castVote, concurrently, FIXTURE_POLL, results } from '../support/voting.ts';
import { DEFAULT_EDITION } from '../../src/features/editions/editions.ts';

let postgres: ThrowawayPostgres;
beforeAll(async () => {
  postgres = await startThrowawayPostgres();
});
afterAll(async () => {
  await postgres.remove();
});

const serve = (url: string, env: Record<string, string> = {}) =>
  startServer({ distDir: NEWSROOM.outDir, env: { POLL_DATABASE_URL: url, ...env } });

test('two servers on one PostgreSQL, one killed mid-load: the stored counts equal the acknowledged votes', async () => {
  const url = postgres.newDatabase();
  const env = { POLL_RATE_LIMIT: '100000' };
  // Both start at once on a new database: its schema is created once, without a race.
  const servers: BuiltServer[] = await Promise.all([serve(url, env), serve(url, env)]);
  const options = (await results(servers[0]!.url)).options.map((o) => o.value);
  const CLIENTS = 50;
  const VOTES = 1500;
  const KILL_AFTER = 500;

  // Each vote is one reader's: a voter cookie of their own (as the server would issue), a choice,
  // and for every fifth reader a change of mind. A client that loses its server retries the same
  // vote on the other: a vote the dead server stored but never acknowledged is then stored again
  // under the same voter, which replaces it, never adds one.
  const acknowledged = new Map<string, string>();
  let answered = 0;
  let killed: Promise<number | null> | undefined;
  let retries = 0;
  await concurrently(VOTES, CLIENTS, async (i, client) => {
    const voter = `voter=${randomUUID()}`;
    const choices = [options[i % options.length]!];
    if (i % 5 === 0) choices.push(options[(i + 1) % options.length]!);
    for (const choice of choices) {
      for (let attempt = 0; ; attempt++) {
        const server = servers[(client + attempt) % servers.length]!;
        const response = await castVote(server.url, choice, { cookie: voter }).catch(() => null);
        if (response?.status === 200) break;
        expect(attempt, `vote ${i} keeps failing (${response?.status})`).toBeLessThan(10);
        retries++;
      }
      acknowledged.set(voter, choice);
      if (++answered === KILL_AFTER) killed = servers[0]!.stop('SIGKILL');
    }
  });
  expect(await killed, 'the first server was killed mid-load').toBeNull();
  expect(retries, 'clients of the killed server moved to the other').toBeGreaterThan(0);

  const want = new Map<string, number>();
  for (const choice of acknowledged.values()) want.set(choice, (want.get(choice) ?? 0) + 1);
  const store = await openPostgresVoteStore(url);
  expect(await store.counts(FIXTURE_POLL)).toEqual(want);
  await store.close();
  expect((await results(servers[1]!.url)).total).toBe(VOTES);
  expect(await servers[1]!.stop()).toBe(0);
});

test('the rate limit is shared: a client cannot double it by alternating between servers', async () => {
  const url = postgres.newDatabase();
  const env = { POLL_RATE_LIMIT: '3' };
  const [a, b] = await Promise.all([serve(url, env), serve(url, env)]);
  try {
    const statuses = [];
    for (const server of [a, b, a, b, a, b])
      statuses.push((await castVote(server.url, 'the-headline')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});

test('while PostgreSQL is down votes get a JSON 503 with Retry-After, the log says why, and it recovers', async () => {
  const server = await serve(postgres.newDatabase());
  try {
    expect((await castVote(server.url, 'the-headline')).status).toBe(200);
    await postgres.stop();
    try {
      for (const response of [
        await castVote(server.url, 'the-questions'),
        await fetch(`${server.url}/api/polls/${FIXTURE_POLL}/`),
      ]) {
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
        expect((await response.json()).error.code).toBe('store-unavailable');
      }
      const page = await fetch(server.url + pollResultsPath(FIXTURE_POLL, DEFAULT_EDITION));
      expect(page.status, 'the results page').toBe(503);
      expect(await page.text()).toContain('The results cannot be read at the moment.');
      expect(server.log()).toMatch(
        /The poll API could not answer POST .*The poll store \(PostgreSQL polls_\d+ on 127\.0\.0\.1:\d+(, rate limit)?\) failed: connect ECONNREFUSED/,
      );
    } finally {
      await postgres.start();
    }
    const back = await castVote(server.url, 'the-sources');
    expect(back.status, 'no restart needed').toBe(200);
    expect((await back.json()).total).toBe(2);
  } finally {
    await server.stop();
  }
});
