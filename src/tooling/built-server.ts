import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built production server (`node <outDir>/server/entry.mjs`), started on loopback. */
export interface BuiltServer {
  url: string;
  /** Stops it: SIGKILL is a crash (nothing gets to flush), SIGTERM a normal shutdown. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts the server of a build on 127.0.0.1 and waits until it answers. Unless `env` says
 * otherwise, its votes go to a poll store of its own in a temporary folder.
 */
export async function startServer(
  port: number,
  env: Record<string, string> = {},
  entry = 'dist/server/entry.mjs',
): Promise<BuiltServer> {
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      ASTRO_NODE_LOGGING: 'disabled',
      POLL_DB_PATH: join(mkdtempSync(join(tmpdir(), 'built-server-')), 'polls.sqlite'),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`The server exited at start:\n${stderr}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      if (tries > 100) throw new Error(`The server did not answer at ${url}:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}
