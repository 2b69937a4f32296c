import { distDir } from '../lib/build-output.ts';
import { readEnvironment, text, wholeNumber } from '../lib/env-settings.ts';

/** How the site's server runs, read from the environment (see the README, "Running the server"). */
export interface ServerSettings {
  host: string;
  port: number;
  /** How many proxies in front of this server append to X-Forwarded-For (`TRUSTED_PROXIES`, default 0). */
  trustedProxies: number;
  /** How long a shutdown waits for requests in flight before it stops them (`SHUTDOWN_TIMEOUT_MS`). */
  shutdownTimeoutMs: number;
  /** The memory kept for compressed copies of the static files, in bytes (`STATIC_CACHE_MB`, default 64). */
  staticCacheBytes: number;
  /** The build to serve: its `client/` and `server/` folders (`DIST_DIR`, default dist). */
  distDir: string;
}

const variables = {
  HOST: text('localhost'),
  PORT: wholeNumber('PORT', {
    fallback: 4321,
    min: 0,
    mustBe: 'the port to listen on, a whole number of 0 or more',
  }),
  TRUSTED_PROXIES: wholeNumber('TRUSTED_PROXIES', {
    fallback: 0,
    min: 0,
    mustBe: 'the number of proxies in front of the server, a whole number of 0 or more',
  }),
  SHUTDOWN_TIMEOUT_MS: wholeNumber('SHUTDOWN_TIMEOUT_MS', {
    fallback: 10_000,
    min: 0,
    mustBe: 'milliseconds, a whole number of 0 or more',
  }),
  STATIC_CACHE_MB: wholeNumber('STATIC_CACHE_MB', {
    fallback: 64,
    min: 1,
    mustBe: 'the megabytes kept for compressed pages, a whole number of 1 or more',
  }),
};

/** The settings, or an error naming each wrong variable, what it holds and what it must hold. */
export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const read = readEnvironment(variables, env);
  return {
    host: read.HOST,
    port: read.PORT,
    trustedProxies: read.TRUSTED_PROXIES,
    shutdownTimeoutMs: read.SHUTDOWN_TIMEOUT_MS,
    staticCacheBytes: read.STATIC_CACHE_MB * 1024 * 1024,
    distDir: distDir(env),
  };
}
