import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { serverSettings } from '../../../src/server/settings.ts';

test('the defaults serve dist/ on localhost:4321 with no proxy trusted', () => {
  expect(serverSettings({})).toEqual({
    host: 'localhost',
    port: 4321,
    trustedProxies: 0,
    shutdownTimeoutMs: 10_000,
    staticCacheBytes: 64 * 1024 * 1024,
    distDir: resolve('dist'),
  });
});

test('a setting that is not a whole number stops the start, naming the variable', () => {
  expect(() => serverSettings({ TRUSTED_PROXIES: 'nginx' })).toThrow(
    'TRUSTED_PROXIES must be the number of proxies in front of the server, a whole number of 0 or more; it is "nginx".',
  );
  expect(() => serverSettings({ PORT: '-1' })).toThrow('PORT must be the port to listen on');
  expect(() => serverSettings({ STATIC_CACHE_MB: '0' })).toThrow(
    'STATIC_CACHE_MB must be the megabytes kept for compressed pages, a whole number of 1 or more; it is "0".',
  );
});

test('every wrong variable is named at once, one line each; empty ones take their default', () => {
  expect(() => serverSettings({ PORT: 'eighty', SHUTDOWN_TIMEOUT_MS: '1.5' })).toThrow(
    'PORT must be the port to listen on, a whole number of 0 or more; it is "eighty".\n' +
      'SHUTDOWN_TIMEOUT_MS must be milliseconds, a whole number of 0 or more; it is "1.5".',
  );
  expect(serverSettings({ PORT: '', HOST: '' })).toMatchObject({ port: 4321, host: 'localhost' });
});
