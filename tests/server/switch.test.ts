import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { staticDir } from '../../src/lib/build-output.ts';
import { DEFAULT_EDITION } from '../../src/features/editions/editions.ts';
import { fixedRoutes, piecePath, pollApiPath, pollResultsPath, tagPath } from '../../src/lib/routes.ts';
import { servedBuild } from '../../src/tooling/build-folders.ts';
import { startServer, type BuiltServer } from '../../src/tooling/built-server.ts';
import { SCHEDULED, scheduledNewsroom } from '../support/scheduled.ts';
import { castVote } from '../support/voting.ts';

/*
 * The server switches builds whole: while readers load pages, `npm run publish-due` publishes the
 * scheduled piece into a new build folder and points DIST_DIR at it; every answer must be one
 * build's file, byte for byte, the next request after the switch the new build's, and the new
 * build's poll (its registry, its results page rendered on request) must take votes with no restart.
 */
const { work, dist, env } = scheduledNewsroom('switch-');
let server: BuiltServer;
let before: string;
beforeAll(async () => {
  const build = spawnSync(process.execPath, ['src/commands/build.ts'], {
    env: { ...env, EXPLAINER_NOW: SCHEDULED.before },
    encoding: 'utf8',
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  before = servedBuild(dist)!;
  server = await startServer({ distDir: dist, env: { POLL_DB_PATH: join(work, 'polls.sqlite') } });
});
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Pages built ahead, by address, and the file each is in a build. */
const STATIC: Record<string, string> = {
  [piecePath('later-piece')]: 'later-piece/index.html',
  [fixedRoutes.home]: 'index.html',
  [tagPath('polls', DEFAULT_EDITION)]: 'tags/polls/index.html',
  [fixedRoutes.feed]: 'rss.xml',
};
/**
 * Answered on request from the build's polls (its registry, which the server reads, not serves):
 * unknown (404) before the piece, there (200) after.
 */
const ON_REQUEST = [pollResultsPath(SCHEDULED.poll, DEFAULT_EDITION), pollApiPath(SCHEDULED.poll)];

interface Answer {
  client: number;
  path: string;
  status: number;
  body: string;
}

/** Clients each asking for every address in turn, one request at a time, until `stop()`. */
function load(clients: number) {
  const answers: Answer[] = [];
  let stopped = false;
  const running = Array.from({ length: clients }, async (_, client) => {
    const paths = [...Object.keys(STATIC), ...ON_REQUEST];
    for (let i = client; !stopped; i++) {
      const path = paths[i % paths.length]!;
      const response = await fetch(server.url + path, { headers: { 'accept-encoding': 'br, gzip' } });
      answers.push({ client, path, status: response.status, body: await response.text() });
    }
  });
  return {
    answers,
    stop: async () => {
      stopped = true;
      await Promise.all(running);
    },
  };
}

/** Which build an answer is from ('old', 'new'), or what is wrong with it. */
function fromBuild(answer: Answer, old: string, next: string): string {
  const file = STATIC[answer.path];
  if (!file) return answer.status === 404 ? 'old' : answer.status === 200 ? 'new' : `status ${answer.status}`;
  if (answer.status !== 200) return `status ${answer.status}`;
  const read = (build: string) => readFileSync(join(staticDir(build), file), 'utf8');
  if (answer.body === read(old)) return 'old';
  if (answer.body === read(next)) return 'new';
  return `neither build's ${file}`;
}

test('during publish-due every answer is one whole build, and no reader goes back to the old one', async () => {
  const readers = load(6);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const published = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['src/commands/publish-due.ts'], {
      env: { ...env, EXPLAINER_NOW: SCHEDULED.at },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
  expect(published.code, published.output).toBe(0);
  // The first request after publish-due has printed is the new build's.
  const first = await fetch(server.url + pollResultsPath(SCHEDULED.poll, DEFAULT_EDITION));
  expect(first.status).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await readers.stop();

  const after = servedBuild(dist)!;
  expect(after).not.toBe(before);
  const builds = readers.answers.map((answer) => fromBuild(answer, before, after));
  expect(builds.filter((build) => build !== 'old' && build !== 'new')).toEqual([]);
  expect(builds).toContain('old');
  expect(builds).toContain('new');
  for (let client = 0; client < 6; client++) {
    const seen = readers.answers.flatMap((answer, i) => (answer.client === client ? [builds[i]] : []));
    expect(seen.join(' '), `client ${client}`).toMatch(/^(old )*(new ?)+$/);
  }
  expect(server.log()).toContain(`Now serving ${after}.`);

  // The new build's poll takes votes, and its results page counts them: no restart.
  expect((await castVote(server.url, 'yes', { poll: SCHEDULED.poll })).status).toBe(200);
  const results = await fetch(server.url + pollResultsPath(SCHEDULED.poll, DEFAULT_EDITION)).then((r) =>
    r.text(),
  );
  expect(results).toContain('Is the axolotl published yet?');
});

test('switched back and forth under load, every answer is still one build’s whole file', async () => {
  const after = servedBuild(dist)!;
  const readers = load(6);
  for (let flip = 0; flip < 40; flip++) {
    const target = flip % 2 === 0 ? before : after;
    symlinkSync(target, `${dist}.flip`);
    renameSync(`${dist}.flip`, dist);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await readers.stop();
  const builds = readers.answers.map((answer) => fromBuild(answer, before, after));
  expect(builds.filter((build) => build !== 'old' && build !== 'new')).toEqual([]);
  expect(new Set(builds)).toEqual(new Set(['old', 'new']));
});
