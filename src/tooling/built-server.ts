import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir as defaultDistDir } from '../lib/build-output.ts';

/** The site's production server (src/commands/serve.ts) serving one build, started on loopback. */
export interface BuiltServer {
  url: string;
  port: number;
  /** Everything it has written to stdout and stderr so far. */
  log(): string;
  /**
   * Sends `signal` and waits for the process to end, answering its exit code (null when a signal
   * ended it). SIGKILL is a crash (nothing gets to flush), SIGTERM a normal shutdown.
   */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ServerOptions {
  /** Where to listen on 127.0.0.1; a free port when left out. */
  port?: number;
  /** Environment variables on top of this process's (POLL_DB_PATH, POLL_DATABASE_URL, …). */
  env?: Record<string, string>;
  /** The build to serve (its outDir). */
  distDir?: string;
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * Starts the site's server for a build on 127.0.0.1 and waits until it answers. Unless `env` says
 * otherwise, its votes go to a poll store of its own in a temporary folder.
 */
export async function startServer({
  port,
  env = {},
  distDir = defaultDistDir(),
}: ServerOptions = {}): Promise<BuiltServer> {
  const listenOn = port ?? (await freePort());
  const child = spawn(process.execPath, ['src/commands/serve.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(listenOn),
      DIST_DIR: distDir,
      POLL_DB_PATH: join(mkdtempSync(join(tmpdir(), 'built-server-')), 'polls.sqlite'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${listenOn}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`The server exited at start:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      if (tries > 100) throw new Error(`The server did not answer at ${url}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    port: listenOn,
    log: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
