import { distDir } from '../lib/build-output.ts';

/** How the site's server runs, read from the environment (see the README, "Running the server"). */
export interface ServerSettings {
  host: string;
  port: number;
  /** How many proxies in front of this server append to X-Forwarded-For (`TRUSTED_PROXIES`, default 0). */
  trustedProxies: number;
  /** How long a shutdown waits for requests in flight before it stops them (`SHUTDOWN_TIMEOUT_MS`). */
  shutdownTimeoutMs: number;
  /** The build to serve: its `client/` and `server/` folders (`DIST_DIR`, default dist). */
  distDir: string;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, what: string): number {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be ${what}, a whole number of 0 or more; it is "${env[name]}".`);
  }
  return value;
}

/** The settings, or an error naming the variable, what it holds and what it must hold. */
export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    host: env['HOST'] || 'localhost',
    port: wholeNumber(env, 'PORT', 4321, 'the port to listen on'),
    trustedProxies: wholeNumber(env, 'TRUSTED_PROXIES', 0, 'the number of proxies in front of the server'),
    shutdownTimeoutMs: wholeNumber(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 'milliseconds'),
    distDir: distDir(env),
  };
}
