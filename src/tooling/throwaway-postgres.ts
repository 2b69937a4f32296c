import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './built-server.ts';

/**
 * A throwaway PostgreSQL server for a test run or a benchmark: Debian's PostgreSQL programs in a
 * temporary data directory on a free port. PostgreSQL refuses to run as root, so as root it runs
 * as the `postgres` user. `.ci/setup.sh` installs PostgreSQL where it is missing.
 */
export interface ThrowawayPostgres {
  /** A connection URL for a database of its own. */
  url: string;
  /** Creates another, empty database on the same server and answers its URL. */
  newDatabase(): string;
  /** Stops the server (as a crash or an outage would); `start` brings it back with its data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  remove(): Promise<void>;
}

function binDir(): string {
  const fromPgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const candidates = [
    fromPgConfig.status === 0 ? fromPgConfig.stdout.trim() : '',
    ...(existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort()
          .reverse()
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : []),
  ];
  const found = candidates.find((dir) => dir && existsSync(join(dir, 'initdb')));
  if (!found) {
    throw new Error(
      'PostgreSQL is not installed: run "bash .ci/run" (it installs it), or apt-get install postgresql.',
    );
  }
  return found;
}

const asRoot = process.getuid?.() === 0;
/** A command line as the user PostgreSQL will run as. */
const as = (command: string, args: string[]): [string, string[]] =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const data = mkdtempSync(join(tmpdir(), 'poll-pg-'));
  chmodSync(data, 0o777);
  if (asRoot) execFileSync('chown', ['postgres', data]);
  const port = await freePort();
  execFileSync(
    ...as(join(bin, 'initdb'), ['-D', join(data, 'db'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8']),
    {
      stdio: 'ignore',
    },
  );
  const pgCtl = (...args: string[]) =>
    execFileSync(...as(join(bin, 'pg_ctl'), ['-D', join(data, 'db'), ...args]), { stdio: 'pipe' });
  const options = `-p ${port} -k ${data} -c listen_addresses=127.0.0.1`;
  let running = false;

  async function start() {
    pgCtl('start', '--wait', '--timeout=30', '--log', join(data, 'server.log'), '--options', options);
    running = true;
  }

  // Fast shutdown cuts every connection at once, as an outage or a crashed database host would.
  async function stop() {
    if (!running) return;
    pgCtl('stop', '--wait', '--mode=fast');
    running = false;
  }

  // A test run that dies must not leave a database server behind.
  const stopOnExit = () => running && pgCtl('stop', '--mode=immediate');
  process.once('exit', stopOnExit);

  await start();
  let databases = 0;
  const newDatabase = () => {
    const name = `polls_${++databases}`;
    execFileSync(join(bin, 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
    return `postgres://postgres@127.0.0.1:${port}/${name}`;
  };
  return {
    url: newDatabase(),
    newDatabase,
    stop,
    start,
    async remove() {
      await stop();
      process.off('exit', stopOnExit);
      rmSync(data, { recursive: true, force: true });
    },
  };
}
