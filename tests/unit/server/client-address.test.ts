import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { clientAddress, viaHttps } from '../../../src/server/client-address.ts';

/** A request as the server sees it: the connection's address, X-Forwarded-For and -Proto. */
const request = (remoteAddress: string, forwardedFor?: string, forwardedProto?: string) =>
  ({
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: {
      ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
      ...(forwardedProto === undefined ? {} : { 'x-forwarded-proto': forwardedProto }),
    },
  }) as unknown as IncomingMessage;

test('with no proxy in front, X-Forwarded-For is the client’s own claim and is ignored', () => {
  expect(clientAddress(request('203.0.113.7', '198.51.100.1'), 0)).toBe('203.0.113.7');
});

test('behind one proxy the reader is the entry it appended, whatever the client wrote before it', () => {
  // nginx: proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for (appends $remote_addr).
  expect(clientAddress(request('10.0.0.2', '203.0.113.7'), 1)).toBe('203.0.113.7');
  expect(clientAddress(request('10.0.0.2', '1.1.1.1, 2.2.2.2, 203.0.113.7'), 1)).toBe('203.0.113.7');
});

test('two X-Forwarded-For headers count as one list, in order, as HTTP says', async () => {
  // Node joins repeated X-Forwarded-For headers: see what a real request gives.
  const seen = await new Promise<string>((resolve) => {
    const server = createServer((req, res) => {
      resolve(clientAddress(req, 1));
      res.end();
      server.close();
    }).listen(0, '127.0.0.1', () => {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      socket.end(
        'GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 1.1.1.1\r\nX-Forwarded-For: 203.0.113.7\r\n\r\n',
      );
      socket.on('data', () => socket.destroy());
    });
  });
  expect(seen).toBe('203.0.113.7');
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

test('HTTPS is what the trusted proxy says the reader used; a client’s own X-Forwarded-Proto is not believed', () => {
  expect(viaHttps(request('10.0.0.2', '203.0.113.7', 'https'), 1), 'nginx: X-Forwarded-Proto $scheme').toBe(
    true,
  );
  expect(viaHttps(request('10.0.0.2', '203.0.113.7', 'http'), 1)).toBe(false);
  expect(viaHttps(request('203.0.113.7', undefined, 'https'), 0), 'no proxy: the client’s claim').toBe(false);
  // A proxy that appends: the client's forged entry is left of the one the proxy wrote.
  expect(viaHttps(request('10.0.0.2', '203.0.113.7', 'https, http'), 1)).toBe(false);
  expect(
    viaHttps(request('10.0.0.2', '203.0.113.7, 192.0.2.50', 'https, http'), 2),
    'a CDN, then nginx',
  ).toBe(true);
});
