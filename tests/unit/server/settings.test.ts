import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { serverSettings } from '../../../src/server/settings.ts';

test('the defaults serve dist/ on localhost:4321 with no proxy trusted', () => {
  expect(serverSettings({})).toEqual({
    host: 'localhost',
    port: 4321,
    trustedProxies: 0,
    shutdownTimeoutMs: 10_000,
    distDir: resolve('dist'),
  });
});

test('a setting that is not a whole number stops the start, naming the variable', () => {
  expect(() => serverSettings({ TRUSTED_PROXIES: 'nginx' })).toThrow(
    'TRUSTED_PROXIES must be the number of proxies in front of the server, a whole number of 0 or more; it is "nginx".',
  );
  expect(() => serverSettings({ PORT: '-1' })).toThrow('PORT must be the port to listen on');
});
