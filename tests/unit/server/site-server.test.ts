import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeEach, expect, test } from 'vitest';
import type { MovedPieces } from '../../../src/features/moved-pieces/moved.ts';
import { openPollServices } from '../../../src/features/poll/services.ts';
import { staticDir } from '../../../src/lib/build-output.ts';
import type { NodeHandler } from '../../../src/server/served-build.ts';
import { createSiteServer, type SiteServer } from '../../../src/server/site-server.ts';

const work = mkdtempSync(join(tmpdir(), 'site-server-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text that compresses like a page: words from a small vocabulary in a pseudo-random order. */
function pageText(bytes: number, seed = 1): string {
  const words =
    'summit trade minister economy security port investment partnership agreement Hanoi Tokyo visit'.split(
      ' ',
    );
  let state = seed;
  let text =
    '<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src \'self\'"></head><body>';
  while (text.length < bytes - 20) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    text += `${state % 7 === 0 ? '</p>\n<p>' : ' '}${words[state % words.length]}`;
  }
  return `${text}</body></html>`.padEnd(bytes, ' ');
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request as a browser sends it, the body as it came over the wire (not decoded). */
function get(site: SiteServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { port } = site.server.address() as AddressInfo;
  return new Promise<Answer>((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

const decoded = (answer: Answer) =>
  answer.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(answer.body).toString()
    : answer.headers['content-encoding'] === 'gzip'
      ? gunzipSync(answer.body).toString()
      : answer.body.toString();

let dist: string;
let site: SiteServer;

/** The site's server on a build of a few files, with an Astro that knows no page. */
async function start(
  staticCacheBytes = 64 * 1024 * 1024,
  moved: MovedPieces = { redirects: {}, withdrawn: {} },
) {
  const astro: NodeHandler = (_req, _res, next) => next();
  site = createSiteServer(
    {
      host: '127.0.0.1',
      port: 0,
      trustedProxies: 0,
      shutdownTimeoutMs: 2000,
      staticCacheBytes,
      distDir: dist,
    },
    {
      poll: await openPollServices({ rateLimit: 30, databaseUrl: undefined, dbPath: ':memory:' }),
      builds: {
        current: () => ({ dir: dist, polls: new Map(), moved, astro }),
      },
    },
  );
  await site.listen();
  return site;
}

const write = (path: string, text: string | Buffer) => {
  const file = join(staticDir(dist), path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
};

beforeEach(() => {
  dist = mkdtempSync(join(work, 'dist-'));
  write('piece/index.html', pageText(80_000));
  write('404.html', pageText(2_000, 404));
  write('small.txt', 'A few bytes.');
});
afterEach(async () => {
  await site?.shutdown('test over');
});

test('a page is compressed once per encoding and kept; the best Brotli replaces the quick one in the background', async () => {
  await start();
  const first = await get(site, '/piece/', { 'accept-encoding': 'gzip, deflate, br' });
  expect(first.headers['content-encoding']).toBe('br');
  expect(first.headers['vary']).toBe('Accept-Encoding');
  expect(decoded(first)).toBe(pageText(80_000));

  await site.files.settled();
  const best = await get(site, '/piece/', { 'accept-encoding': 'gzip, deflate, br' });
  expect(decoded(best)).toBe(pageText(80_000));
  expect(best.body.length, 'quality 11 is smaller than the first answer’s quality 5').toBeLessThan(
    first.body.length,
  );
  expect(best.headers['etag'], 'the same version of the file').toBe(first.headers['etag']);
  expect((await get(site, '/piece/', { 'accept-encoding': 'br' })).body.equals(best.body), 'kept').toBe(true);

  const gzip = await get(site, '/piece/', { 'accept-encoding': 'gzip' });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(decoded(gzip)).toBe(pageText(80_000));
  const plain = await get(site, '/piece/', { 'accept-encoding': 'br;q=0, gzip;q=0' });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(pageText(80_000));
  expect(plain.headers['content-security-policy'], 'the page’s own policy, as a header too').toBe(
    "default-src 'self'; frame-ancestors 'none'",
  );
});

test('a rebuilt file is served at once: never the copy kept for the old one', async () => {
  await start();
  const before = await get(site, '/piece/', { 'accept-encoding': 'br' });
  await site.files.settled();
  // Same length, other words: only the file's times and contents tell the versions apart.
  write('piece/index.html', pageText(80_000, 2));
  const after = await get(site, '/piece/', { 'accept-encoding': 'br' });
  expect(decoded(after)).toBe(pageText(80_000, 2));
  expect(after.headers['etag']).not.toBe(before.headers['etag']);
  write('piece/index.html', pageText(60_000, 3));
  expect(decoded(await get(site, '/piece/', { 'accept-encoding': 'gzip' }))).toBe(pageText(60_000, 3));
  write('new/index.html', pageText(5_000, 4));
  expect((await get(site, '/new/')).status, 'a page the rebuild added').toBe(200);
});

test('HEAD, a byte range and a revalidation get what HTTP says, with Vary: Accept-Encoding', async () => {
  await start();
  const br = await get(site, '/piece/', { 'accept-encoding': 'br' });
  const head = await get(site, '/piece/', { 'accept-encoding': 'br' }, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body.length).toBe(0);
  expect(Number(head.headers['content-length'])).toBe(br.body.length);
  expect(head.headers['content-encoding']).toBe('br');

  const range = await get(site, '/piece/', { 'accept-encoding': 'br', range: 'bytes=0-99' });
  expect(range.status).toBe(206);
  expect(range.headers['content-range']).toBe('bytes 0-99/80000');
  expect(range.body.toString(), 'bytes of the file itself').toBe(pageText(80_000).slice(0, 100));
  expect(range.headers['vary']).toBe('Accept-Encoding');
  expect((await get(site, '/piece/', { range: 'bytes=90000-' })).status).toBe(416);

  // fetch() adds Cache-Control: no-cache to a conditional request; the answer is still a 304.
  for (const extra of [{}, { 'cache-control': 'no-cache' }]) {
    const again = await get(site, '/piece/', {
      'accept-encoding': 'br',
      'if-none-match': br.headers['etag']!,
      ...extra,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['etag']).toBe(br.headers['etag']);
    expect(again.headers['vary']).toBe('Accept-Encoding');
  }
  const changed = await get(site, '/piece/', { 'accept-encoding': 'br', 'if-none-match': 'W/"old"' });
  expect(changed.status).toBe(200);
  expect(changed.headers['content-encoding'], 'a changed page still goes out compressed').toBe('br');

  const small = await get(site, '/small.txt', { 'accept-encoding': 'br' });
  expect(small.headers['content-encoding'], 'under 1 KB: as it is').toBeUndefined();
  expect(small.body.toString()).toBe('A few bytes.');

  const missing = await get(site, '/nothing-here/', { 'accept-encoding': 'br' });
  expect(missing.status).toBe(404);
  expect(decoded(missing), 'the site’s own 404 page').toBe(pageText(2_000, 404));
});

test('the kept copies stay within their memory bound', async () => {
  // 80 copies of about 3 KB each: a fifth of them fit.
  const bound = 48 * 1024;
  await start(bound);
  for (let i = 0; i < 40; i++) write(`p${i}/index.html`, pageText(40_000, i + 10));
  for (let i = 0; i < 40; i++) {
    for (const encoding of ['br', 'gzip']) {
      const answer = await get(site, `/p${i}/`, { 'accept-encoding': encoding });
      expect(decoded(answer)).toBe(pageText(40_000, i + 10));
    }
  }
  await site.files.settled();
  const { bytes, entries } = site.files.stats();
  expect(bytes).toBeLessThanOrEqual(bound);
  expect(entries).toBeLessThan(80);
  expect(entries).toBeGreaterThan(0);
});

test('compressing a new file never holds up other requests: the slow Brotli runs off the event loop', async () => {
  await start();
  // Real text (TypeScript's DOM types): Brotli's best setting takes its time over it.
  const large = readFileSync('node_modules/typescript/lib/lib.dom.d.ts', 'utf8').slice(0, 700_000);
  write('large.css', large);
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  try {
    const answer = await get(site, '/large.css', { 'accept-encoding': 'br' });
    expect(decoded(answer)).toBe(large);
    await site.files.settled();
    // One more tick of the ticker, so a wait that ended just now is counted.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    clearInterval(ticker);
  }
  const took = performance.now() - started;
  expect(took, 'quality 11 on 700 KB takes a while').toBeGreaterThan(300);
  // Blocked, the loop would wait as long as the whole compression; a busy machine may delay a tick a little.
  expect(longest, 'the event loop never waited for it').toBeLessThan(Math.min(250, took / 3));
});

test("a renamed piece's earlier addresses answer 301 to the same address under its newest, the query kept", async () => {
  // The build's static page at the old address (for static hosts) is not what the server answers.
  write('old/index.html', pageText(2_000, 7));
  await start(undefined, { redirects: { old: 'new', 'ja/furui': 'ja/atarashii' }, withdrawn: {} });
  for (const [path, location] of [
    ['/old/', '/new/'],
    ['/old/?utm_source=feed', '/new/?utm_source=feed'],
    ['/old/faq/why-now/', '/new/faq/why-now/'],
    ['/old/card.png', '/new/card.png'],
    ['/ja/furui/', '/ja/atarashii/'],
  ] as const) {
    const answer = await get(site, path);
    expect(answer.status, path).toBe(301);
    expect(answer.headers['location'], path).toBe(location);
  }
  expect((await get(site, '/old/', {}, 'HEAD')).status).toBe(301);
  expect((await get(site, '/piece/')).status, 'every other page as before').toBe(200);
});

test("a withdrawn piece's addresses answer 410 Gone with its page, which says when and why", async () => {
  write('pulled/index.html', pageText(2_000, 410));
  write('pulled/faq/why-now/index.html', pageText(2_000, 411));
  await start(undefined, { redirects: {}, withdrawn: { pulled: 'pulled' } });
  const page = await get(site, '/pulled/', { 'accept-encoding': 'br' });
  expect(page.status).toBe(410);
  expect(decoded(page)).toBe(pageText(2_000, 410));
  expect(page.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
  const share = await get(site, '/pulled/faq/why-now/');
  expect([share.status, decoded(share)]).toEqual([410, pageText(2_000, 411)]);
  const card = await get(site, '/pulled/card.png');
  expect([card.status, decoded(card)]).toEqual([410, pageText(2_000, 410)]);
});
