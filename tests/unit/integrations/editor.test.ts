import type { IncomingMessage } from 'node:http';
import { expect, test } from 'vitest';
import { editorRequestProblem } from '../../../src/integrations/editor.ts';

const request = (remoteAddress: string, headers: Record<string, string>) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

test('the editor answers its own page on this machine', () => {
  expect(editorRequestProblem(request('127.0.0.1', { host: 'localhost:4321' }))).toBeUndefined();
  expect(
    editorRequestProblem(request('::1', { host: '[::1]:4321', origin: 'http://[::1]:4321' })),
  ).toBeUndefined();
  expect(
    editorRequestProblem(
      request('::ffff:127.0.0.1', { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' }),
    ),
  ).toBeUndefined();
});

test('another machine, another site’s page or another host name is refused, saying why', () => {
  // `astro dev --host` listens on the network: a colleague's machine still may not write files.
  expect(editorRequestProblem(request('192.168.1.20', { host: '192.168.1.10:4321' }))).toMatch(
    /only on the machine it runs on/,
  );
  expect(
    editorRequestProblem(request('127.0.0.1', { host: 'localhost:4321', origin: 'https://example.com' })),
  ).toMatch(/not https:\/\/example\.com/);
  expect(editorRequestProblem(request('127.0.0.1', { host: 'rebound.example:4321' }))).toMatch(
    /only at localhost, not at rebound\.example:4321/,
  );
});
