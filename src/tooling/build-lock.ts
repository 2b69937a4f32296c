import { mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';
import { buildsDir } from '../lib/build-output.ts';

/*
 * One build at a time for one DIST_DIR: `npm run build` and `npm run publish-due` both write the
 * next build folder and Astro's cache, so they take this lock first. It is a file created with
 * O_EXCL holding the holder's process id; a lock whose process is gone (killed, or from before the
 * machine restarted) is taken over.
 */

/** Who holds the lock. */
export interface LockHolder {
  pid: number;
  /** What it is running, like "npm run publish-due". */
  command: string;
  /** When it took the lock (ISO). */
  since: string;
}

export type Lock = { held: true; release(): void } | { held: false; holder: LockHolder };

const lockFile = (dist: string) => join(buildsDir(dist), '.build.lock');

/** Whether the process that wrote a lock still runs (and is not a stranger reusing its id since a restart). */
function alive(holder: LockHolder, file: string): boolean {
  const bootedAt = Date.now() - uptime() * 1000;
  if (statSync(file).mtimeMs < bootedAt) return false;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Takes the build lock of `dist` for `command`, or answers who holds it. Never waits. */
export function takeBuildLock(dist: string, command: string): Lock {
  const file = lockFile(dist);
  mkdirSync(buildsDir(dist), { recursive: true });
  const me: LockHolder = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      // A lock being written this instant has no holder yet: held, unless it was left empty long ago.
      const unwritten = !holder && Date.now() - statSync(file).mtimeMs < 10_000;
      if (unwritten) return { held: false, holder: { pid: 0, command: 'another build', since: me.since } };
      if (holder && alive(holder, file)) return { held: false, holder };
      rmSync(file, { force: true });
      continue;
    }
    writeSync(fd, JSON.stringify(me));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
    };
    process.once('exit', release);
    return { held: true, release };
  }
  return { held: false, holder: readHolder(file) ?? { pid: 0, command: 'another build', since: me.since } };
}

/** "npm run publish-due, process 123, since 2026-12-24T06:00:01.000Z" */
export const describeHolder = ({ pid, command, since }: LockHolder) =>
  `${command}, process ${pid}, since ${since}`;
