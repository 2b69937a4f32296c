import { parseSetCookie } from 'cookie';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixedRoutes, piecePath, pollApiPath, pollResultsPath } from '../../src/lib/routes.ts';
import { startServer, type BuiltServer } from '../../src/tooling/built-server.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { castVote, FIXTURE_POLL, results } from '../support/voting.ts';
import { DEFAULT_EDITION } from '../../src/features/editions/editions.ts';

const PIECE = piecePath('every-component');
const API = pollApiPath(FIXTURE_POLL);

/** What a raw HTTP/1.1 exchange gave: the response's text, how many body bytes went out, and how the connection ended. */
interface Exchange {
  response: string;
  sent: number;
  /** The socket error that ended it (ECONNRESET), if it did not end cleanly. */
  error?: string;
}

/**
 * Opens a connection, lets `talk` write to it (counting body bytes with `count`), and resolves
 * with everything the server answered once it closes the connection.
 */
function exchange(
  port: number,
  talk: (write: (data: string | Buffer) => Promise<boolean>, count: (bytes: number) => void) => Promise<void>,
): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let sent = 0;
    let closed = false;
    let error: string | undefined;
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    // A reset after the answer is what some tests want to see.
    socket.on('error', (failure: NodeJS.ErrnoException) => (error = failure.code));
    socket.on('close', () => {
      closed = true;
      resolve({ response, sent, ...(error ? { error } : {}) });
    });
    // Resolves false once the server has closed the connection: stop writing.
    const write = async (data: string | Buffer) => {
      if (closed) return false;
      if (!socket.write(data)) await new Promise((next) => socket.once('drain', next).once('close', next));
      return !closed;
    };
    void talk(write, (bytes) => (sent += bytes));
  });
}

const request = (method: string, path: string, headers: Record<string, string | number> = {}) =>
  `${method} ${path} HTTP/1.1\r\nHost: x\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

/** A body of `size` bytes, sent in 64 KB pieces (chunked when `chunked`) as fast as the server reads. */
async function stream(
  write: (data: Buffer) => Promise<boolean>,
  count: (bytes: number) => void,
  size: number,
  chunked: boolean,
) {
  const data = Buffer.alloc(64 * 1024, 'a');
  const piece = chunked
    ? Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
    : data;
  for (let sent = 0; sent < size; sent += data.length) {
    count(data.length);
    if (!(await write(piece))) return;
  }
  if (chunked) await write(Buffer.from('0\r\n\r\n'));
}

const status = (exchanged: Exchange) => Number(/^HTTP\/1\.1 (\d{3})/.exec(exchanged.response)?.[1]);

describe('one server on the fixture newsroom', () => {
  let server: BuiltServer;
  beforeAll(async () => {
    server = await startServer({ distDir: NEWSROOM.outDir });
  });
  afterAll(async () => {
    await server.stop();
  });

  test('pages go out compressed: Brotli when the browser takes it, else gzip, else as they are', async () => {
    const sizes: Record<string, number> = {};
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await fetch(server.url + PIECE, { headers: { 'accept-encoding': `${encoding}` } });
      expect(response.headers.get('content-encoding')).toBe(encoding === 'identity' ? null : encoding);
      expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
      // fetch decodes as it reads: count the bytes on the wire from the raw body instead.
      sizes[encoding] = (await rawBody(server.port, PIECE, encoding)).length;
    }
    expect(sizes['br']!).toBeLessThan(sizes['gzip']!);
    expect(sizes['gzip']!).toBeLessThan(sizes['identity']! / 3);
  });

  test('hashed assets are cached for a year; pages are checked each time and answer 304 when unchanged', async () => {
    const asset = readdirSync(join(NEWSROOM.siteDir, '_astro', 'fonts'))[0]!;
    const font = await fetch(`${server.url}/_astro/fonts/${asset}`);
    expect(font.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const page = await fetch(server.url + PIECE);
    expect(page.headers.get('cache-control')).toBe('public, no-cache');
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(server.url + PIECE, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  test('every answer carries the security headers; pages send their own policy, framing forbidden', async () => {
    const html = readFileSync(join(NEWSROOM.siteDir, PIECE, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i
      .exec(html)![1]!
      .replace(/&#39;/g, "'");
    for (const path of [
      PIECE,
      fixedRoutes.home,
      API,
      pollResultsPath(FIXTURE_POLL, DEFAULT_EDITION),
      '/no-such-page/',
    ]) {
      const response = await fetch(server.url + path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'$/);
    }
    const piece = await fetch(server.url + PIECE);
    expect(piece.headers.get('content-security-policy')).toBe(
      `${meta.replace(/;\s*$/, '')}; frame-ancestors 'none'`,
    );
  });

  test('TRACE and other methods get 405 with the ones allowed, and the log stays quiet', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const { response } = await exchange(server.port, async (write) => {
        await write(request(method, PIECE, { Connection: 'close' }));
      });
      expect(response, method).toMatch(/^HTTP\/1\.1 405 /);
      expect(response, method).toMatch(/\r\nAllow: GET, HEAD, POST\r\n/i);
    }
    const api = await fetch(server.url + API, { method: 'PUT', body: '{}' });
    expect(api.status).toBe(405);
    expect((await api.json()).error.code).toBe('method-not-allowed');
    expect(server.log()).not.toMatch(/\n\s+at /);
  });

  test('a HEAD request gets the headers and no body; an unknown address gets the 404 page, not an error', async () => {
    const head = await fetch(server.url + PIECE, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const missing = await fetch(`${server.url}/no-such-piece/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await missing.text(), 'the site’s own 404 page').toBe(
      readFileSync(join(NEWSROOM.siteDir, fixedRoutes.notFound), 'utf8'),
    );
    expect((await fetch(server.url + PIECE)).status, 'and the server is still up').toBe(200);
  });

  test('an address with a broken %-escape is a 400: JSON under the API, plain text elsewhere', async () => {
    const vote = await fetch(`${server.url}${pollApiPath('x').replace(/x\/$/, '')}%E0%A4%A/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"choice":"the-headline"}',
    });
    expect(vote.status).toBe(400);
    expect((await vote.json()).error).toMatchObject({ status: 400, code: 'malformed-address' });
    const page = await fetch(`${server.url}/%E0%A4%A/`);
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await page.text()).toMatch(/%-escape/);
    expect(server.log()).not.toMatch(/\n\s+at /);
  });

  test('a voter cookie is Secure only when a trusted proxy says the reader came over HTTPS', async () => {
    // This server trusts no proxy: a client's own X-Forwarded-Proto changes nothing.
    const forged = await castVote(server.url, 'the-headline', { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.status).toBe(200);
    expect(parseSetCookie(forged.headers.get('set-cookie')!).secure).toBeUndefined();

    // Behind nginx as the README sets it up: TRUSTED_PROXIES=1, X-Forwarded-Proto $scheme.
    const proxied = await startServer({ distDir: NEWSROOM.outDir, env: { TRUSTED_PROXIES: '1' } });
    try {
      const https = await castVote(proxied.url, 'the-headline', {
        headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' },
      });
      expect(parseSetCookie(https.headers.get('set-cookie')!)).toMatchObject({
        name: 'voter',
        httpOnly: true,
        sameSite: 'lax',
        secure: true,
      });
      const http = await castVote(proxied.url, 'the-headline', {
        headers: { 'x-forwarded-for': '203.0.113.8', 'x-forwarded-proto': 'http' },
      });
      expect(parseSetCookie(http.headers.get('set-cookie')!).secure).toBeUndefined();
    } finally {
      await proxied.stop();
    }
  });

  test('an oversized vote is refused with 413 and its connection closed, not read to the end', async () => {
    const size = 48 * 1024 * 1024;
    for (const chunked of [false, true]) {
      // Without a Content-Length the size shows only as the body arrives: the API stops at 1 KB.
      const length = chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': size };
      const upload = await exchange(server.port, async (write, count) => {
        await write(request('POST', API, { 'Content-Type': 'application/json', ...length }));
        await stream(write, count, size, chunked);
      });
      expect(status(upload), `chunked: ${chunked}`).toBe(413);
      expect(upload.response).toContain('"code":"body-too-large"');
      expect(upload.sent, `chunked: ${chunked}: the server stopped reading`).toBeLessThan(size / 4);
    }
  });
});

/** The raw body bytes of a GET with one Accept-Encoding. */
async function rawBody(port: number, path: string, encoding: string): Promise<Buffer> {
  const { response } = await exchange(port, async (write) => {
    await write(request('GET', path, { 'Accept-Encoding': encoding, Connection: 'close' }));
  });
  const [head, ...rest] = response.split('\r\n\r\n');
  const body = Buffer.from(rest.join('\r\n\r\n'), 'latin1');
  return /transfer-encoding: chunked/i.test(head!) ? dechunk(body) : body;
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; ;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

test('SIGTERM with 50 votes in flight on kept-alive connections: no new connections, all 50 answered with Connection: close and stored, exit 0', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'shutdown-')), 'polls.sqlite');
  const env = { POLL_DB_PATH: db, POLL_RATE_LIMIT: '1000' };
  const server = await startServer({ distDir: NEWSROOM.outDir, env });
  const { options } = await results(server.url);
  let release!: () => void;
  const resume = new Promise<void>((resolve) => (release = resolve));
  // Each vote sends its headers and half its body now, the rest once the server is stopping.
  const votes = options
    .flatMap((option) => Array.from({ length: 50 / options.length + 1 }, () => option.value))
    .slice(0, 50);
  const inFlight = votes.map((choice) =>
    exchange(server.port, async (write) => {
      const body = JSON.stringify({ choice });
      const half = Math.floor(body.length / 2);
      // HTTP/1.1 keeps the connection for the next request unless the answer says otherwise.
      await write(
        request('POST', API, { 'Content-Type': 'application/json', 'Content-Length': body.length }),
      );
      await write(body.slice(0, half));
      await resume;
      await write(body.slice(half));
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const stopped = server.stop('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 200));
  await expect(fetch(server.url + PIECE), 'no new connections').rejects.toThrow();
  release();
  const answers = await Promise.all(inFlight);
  expect(answers.map(status)).toEqual(Array(50).fill(200));
  // Each answer tells its client not to send another request on that connection (one would be
  // reset), and the server closes it cleanly: the client's next request opens a new one.
  for (const answer of answers) {
    expect(answer.response).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer.error).toBeUndefined();
  }
  expect(await stopped, 'exit code').toBe(0);
  expect(server.log()).toContain('SIGTERM: no new connections; finishing 50 request(s) in flight.');

  const restarted = await startServer({ distDir: NEWSROOM.outDir, env });
  try {
    expect((await results(restarted.url)).total, 'every answered vote was stored').toBe(50);
  } finally {
    await restarted.stop();
  }
});
