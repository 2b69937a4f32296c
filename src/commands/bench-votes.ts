/**
 * Vote throughput: npm run bench:votes [-- --seconds 5 --connections 50 --dist dist]
 * Needs a build (npm run build) with at least one poll. Sends JSON votes, each from a new reader,
 * from 50 clients at once and prints votes per second, as ratios against a reference run in the
 * same process: a bare node:http + node:sqlite server doing the same upsert
 * (src/tooling/bench/bare-vote-server.ts), measured before and after the others and averaged.
 * Runs: our server on SQLite (one server), and on PostgreSQL (two servers sharing a throwaway
 * database, clients spread over both). Figures depend on the machine; the ratios much less.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PollResults } from '../features/poll/model.ts';
import { parseRoute, pollApiPath } from '../lib/routes.ts';
import { startServer, freePort, type BuiltServer } from '../tooling/built-server.ts';
import { onDemandPages } from '../tooling/built-site.ts';
import { distDir as defaultDistDir, staticDir } from '../lib/build-output.ts';
import { voteLoad, type LoadResult } from '../tooling/bench/vote-load.ts';
import { startThrowawayPostgres } from '../tooling/throwaway-postgres.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '50' },
    dist: { type: 'string', default: defaultDistDir() },
  },
});
const load = { seconds: Number(values.seconds), connections: Number(values.connections) };
const distDir = values.dist;

const poll = onDemandPages(staticDir(distDir))
  .map((page) => parseRoute(page))
  .flatMap((route) => (route.kind === 'poll-results' ? [route.id] : []))[0];
if (!poll) {
  console.error(
    `No poll in the build at ${distDir}: build a site with a <ReaderPoll> first (npm run build).`,
  );
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'bench-votes-'));
// Every vote comes from 127.0.0.1: the limit must not be what is measured.
const unlimited = { POLL_RATE_LIMIT: String(1e9) };

async function bare(): Promise<LoadResult> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['src/tooling/bench/bare-vote-server.ts', String(port), join(work, `bare-${port}.sqlite`)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve) => child.stdout.once('data', resolve));
  try {
    return await measure([`http://127.0.0.1:${port}/`], ['a', 'b', 'c']);
  } finally {
    child.kill();
  }
}

async function ours(servers: BuiltServer[]): Promise<LoadResult> {
  try {
    const results = (await (await fetch(servers[0]!.url + pollApiPath(poll!))).json()) as PollResults;
    return await measure(
      servers.map((server) => server.url + pollApiPath(poll!)),
      results.options.map((option) => option.value),
    );
  } finally {
    for (const server of servers) await server.stop();
  }
}

/** A short warm-up (JIT, connection pools), then the measured run. */
async function measure(endpoints: string[], choices: string[]): Promise<LoadResult> {
  await voteLoad(endpoints, choices, { ...load, seconds: 1 });
  return voteLoad(endpoints, choices, load);
}

const runs: [string, LoadResult][] = [];
const before = await bare();
const sqlite = await ours([
  await startServer({ distDir, env: { ...unlimited, POLL_DB_PATH: join(work, 'ours.sqlite') } }),
]);
const postgres = await startThrowawayPostgres();
const url = postgres.newDatabase();
const env = { ...unlimited, POLL_DATABASE_URL: url };
const pg = await ours([await startServer({ distDir, env }), await startServer({ distDir, env })]);
await postgres.remove();
const after = await bare();
rmSync(work, { recursive: true, force: true });

const rate = (r: LoadResult) => r.votes / r.seconds;
const reference = (rate(before) + rate(after)) / 2;
runs.push([
  'bare node:http + node:sqlite (reference)',
  {
    ...before,
    votes: before.votes + after.votes,
    seconds: before.seconds + after.seconds,
    failures: before.failures + after.failures,
  },
]);
runs.push(['this server, SQLite, one process', sqlite]);
runs.push(['this server, PostgreSQL, two processes', pg]);
console.log(`Votes per second, ${load.connections} clients, ${load.seconds} s each, poll "${poll}":`);
for (const [name, result] of runs) {
  console.log(
    `  ${name.padEnd(42)} ${rate(result).toFixed(0).padStart(6)} votes/s  ${(rate(result) / reference).toFixed(2)}×` +
      (result.failures ? `  (${result.failures} failed)` : ''),
  );
}
console.log(`Reference before/after: ${rate(before).toFixed(0)} / ${rate(after).toFixed(0)} votes/s.`);
