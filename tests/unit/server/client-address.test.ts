import type { IncomingMessage } from 'node:http';
import { expect, test } from 'vitest';
import { clientAddress } from '../../../src/server/client-address.ts';

/** A request as the server sees it: the connection's address and any X-Forwarded-For. */
const request = (remoteAddress: string, forwardedFor?: string | string[]) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

test('with no proxy in front, X-Forwarded-For is the client’s own claim and is ignored', () => {
  expect(clientAddress(request('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7');
});

test('behind one proxy the reader is the entry it appended, whatever the client wrote before it', () => {
  // nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for (appends $remote_addr).
  expect(clientAddress(request('10.0.0.2', '203.0.113.7'), 1)).toBe('203.0.113.7');
  expect(clientAddress(request('10.0.0.2', '1.1.1.1, 2.2.2.2, 203.0.113.7'), 1)).toBe('203.0.113.7');
  expect(clientAddress(request('10.0.0.2', ['1.1.1.1', '203.0.113.7']), 1), 'repeated headers').toBe(
    '203.0.113.7',
  );
});

test('behind two proxies (a CDN, then nginx) the reader is the entry the outer one appended', () => {
  expect(clientAddress(request('10.0.0.2', 'forged, 203.0.113.7, 192.0.2.50'), 2)).toBe('203.0.113.7');
});

test('ten votes with ten forged addresses come from one reader', () => {
  const seen = new Set(
    Array.from({ length: 10 }, (_, i) =>
      clientAddress(request('10.0.0.2', `198.51.100.${i}, 203.0.113.7`), 1),
    ),
  );
  expect([...seen]).toEqual(['203.0.113.7']);
});

test('a request that skipped the proxy is known by the farthest hop there is', () => {
  expect(clientAddress(request('203.0.113.7'), 1)).toBe('203.0.113.7');
});
