import { spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildsDir } from '../../../src/lib/build-output.ts';
import {
  buildingDir,
  mirror,
  prepareBuildFolder,
  removeOldBuilds,
  servedBuild,
  switchIn,
} from '../../../src/tooling/build-folders.ts';
import { takeBuildLock } from '../../../src/tooling/build-lock.ts';

const work = realpathSync(mkdtempSync(join(tmpdir(), 'build-folders-')));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

/** A "build": what Astro would have written in the building folder. */
function build(dist: string, pages: Record<string, string>) {
  const { dir } = prepareBuildFolder(dist);
  for (const [path, text] of Object.entries(pages)) write(join(dir, 'client', path), text);
  return switchIn(dist);
}

test('mirror copies what differs as new files with the same times, leaves the rest, removes extras', () => {
  const [from, to] = [join(work, 'from'), join(work, 'to')];
  write(join(from, 'same.html'), 'same');
  write(join(from, 'a/changed.html'), 'new text');
  write(join(from, 'a/b/new.html'), 'new');
  mirror(from, to);
  write(join(to, 'a/changed.html'), 'old text');
  utimesSync(join(to, 'a/changed.html'), new Date('2020-01-01'), new Date('2020-01-01'));
  write(join(to, 'gone.html'), 'gone');
  write(join(to, 'gone-folder/x.html'), 'gone');
  const kept = statSync(join(to, 'same.html')).ino;
  // A reader still holding the old file (here: another name for it) must keep it whole.
  linkSync(join(to, 'a/changed.html'), join(work, 'held.html'));

  expect(mirror(from, to), 'files copied').toBe(1);
  expect(readdirSync(to, { recursive: true }).sort()).toEqual([
    'a',
    'a/b',
    'a/b/new.html',
    'a/changed.html',
    'same.html',
  ]);
  expect(readFileSync(join(to, 'a/changed.html'), 'utf8')).toBe('new text');
  expect(readFileSync(join(work, 'held.html'), 'utf8'), 'a new file, never written over').toBe('old text');
  expect(statSync(join(to, 'a/changed.html')).mtimeMs).toBeCloseTo(
    statSync(join(from, 'a/changed.html')).mtimeMs,
    0,
  );
  expect(mirror(from, to), 'nothing left to copy').toBe(0);
  expect(statSync(join(to, 'same.html')).ino).toBe(kept);
});

test('each build is switched in whole by one rename; the served and the previous build stay, older ones go', () => {
  const dist = join(work, 'site', 'dist');
  // A build from before builds were switched: a plain folder.
  write(join(dist, 'client', 'index.html'), 'plain');
  const first = build(dist, { 'index.html': 'one' });
  expect(lstatSync(dist).isSymbolicLink()).toBe(true);
  expect(readFileSync(join(dist, 'client', 'index.html'), 'utf8')).toBe('one');
  expect(readFileSync(join(first.previous!, 'client', 'index.html'), 'utf8'), 'the plain one, kept').toBe(
    'plain',
  );

  const second = build(dist, { 'index.html': 'two' });
  expect(second.previous).toBe(first.build.dir);
  // What the served build held is there from the start of the next build, without touching it.
  const { dir } = prepareBuildFolder(dist);
  expect(dir).toBe(buildingDir(dist));
  expect(readFileSync(join(dir, 'client', 'index.html'), 'utf8')).toBe('two');
  write(join(dir, 'client', 'index.html'), 'three');
  expect(readFileSync(join(dist, 'client', 'index.html'), 'utf8'), 'the served build is untouched').toBe(
    'two',
  );
  const third = switchIn(dist);
  removeOldBuilds(dist, third.previous);

  expect(servedBuild(dist)).toBe(third.build.dir);
  expect(readFileSync(join(dist, 'client', 'index.html'), 'utf8')).toBe('three');
  expect(readdirSync(buildsDir(dist)).sort()).toEqual(
    [basename(second.build.dir), basename(third.build.dir)].sort(),
  );
  expect(existsSync(first.build.dir), 'reused for the third build').toBe(false);
});

test('one build at a time: the lock names its holder, and a holder that died leaves it free', async () => {
  const dist = join(work, 'locked', 'dist');
  const lock = takeBuildLock(dist, 'npm run build');
  expect(lock.held).toBe(true);
  const second = takeBuildLock(dist, 'npm run publish-due');
  expect(second).toEqual({
    held: false,
    holder: { pid: process.pid, command: 'npm run build', since: expect.any(String) },
  });
  if (lock.held) lock.release();
  const again = takeBuildLock(dist, 'npm run publish-due');
  expect(again.held).toBe(true);
  if (again.held) again.release();

  // A process that took the lock and was killed before it could let go.
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { takeBuildLock } from ${JSON.stringify(join(process.cwd(), 'src/tooling/build-lock.ts'))};
       takeBuildLock(${JSON.stringify(dist)}, 'npm run build'); console.log('locked'); setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve) => child.stdout.once('data', resolve));
  expect(takeBuildLock(dist, 'npm run publish-due').held).toBe(false);
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  expect(takeBuildLock(dist, 'npm run publish-due').held).toBe(true);
});
