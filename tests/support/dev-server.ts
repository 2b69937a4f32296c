import { spawn } from 'node:child_process';
import { freePort } from '../../src/tooling/built-server.ts';
import { editorEnv } from './build-fixture.ts';

export interface DevServer {
  origin: string;
  /** What `astro dev` printed so far: the explanation when a test fails. */
  log: () => string;
  stop: () => void;
}

/**
 * `astro dev` on a free port with this environment (CONTENT_DIR and the like), as an editor would
 * run it; resolves once `ready` (a path) answers 200. `--ignore-lock`: a developer's own dev server
 * may be running beside the tests.
 */
export async function startDevServer(env: Record<string, string>, ready = '/'): Promise<DevServer> {
  const port = await freePort();
  const dev = spawn('node_modules/.bin/astro', ['dev', '--port', String(port), '--ignore-lock'], {
    env: editorEnv(env),
    detached: true,
  });
  let log = '';
  dev.stdout.on('data', (chunk) => (log += chunk));
  dev.stderr.on('data', (chunk) => (log += chunk));
  const server = {
    origin: `http://localhost:${port}`,
    log: () => log,
    stop: () => process.kill(-dev.pid!, 'SIGTERM'),
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${server.origin}${ready}`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return server;
    if (dev.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.stop();
  throw new Error(`astro dev did not answer ${ready}. It said:\n${log}`);
}
