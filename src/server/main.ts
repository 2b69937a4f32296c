/**
 * The site's production server (`npm start`, `bash .ci/serve`): the built pages and the poll's
 * vote API from one Node process, fast and safe on its own, with or without a proxy in front.
 * - Static files straight from the build's static folder (src/lib/build-output.ts), compressed (Brotli or gzip) and cached for as long
 *   as each may be (src/server/cache-policy.ts); everything else through Astro's handler.
 * - Security headers on every response, and each page's Content Security Policy sent as a header
 *   too, with frame-ancestors 'none'.
 * - The poll store opened and checked before it listens; the reader's address worked out behind
 *   TRUSTED_PROXIES proxies.
 * - Only GET, HEAD and POST; an oversized vote closes its connection.
 * - On SIGTERM or SIGINT: stop accepting, finish what is in flight (at most SHUTDOWN_TIMEOUT_MS),
 *   close the store, exit 0.
 *   node src/server/main.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { MAX_BODY_BYTES } from '../features/poll/api.ts';
import { loadPollRegistry } from '../features/poll/built-registry.ts';
import { openPollServices, pollSettings, STORE_HINT } from '../features/poll/services.ts';
import { serverEntry, staticDir } from '../lib/build-output.ts';
import { fixedRoutes, pollApiPath } from '../lib/routes.ts';
import { cacheControl } from './cache-policy.ts';
import { clientAddress } from './client-address.ts';
import { closeRefusedUploads } from './refused-uploads.ts';
import { builtPagePolicy, secure } from './security-headers.ts';
import { serverSettings } from './settings.ts';

type Next = (error?: unknown) => void;
type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: Next,
  locals?: object,
) => void | Promise<void>;

const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];
const API_PREFIX = pollApiPath('x').replace(/x\/$/, '');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const settings = (() => {
  try {
    return { server: serverSettings(), poll: pollSettings() };
  } catch (error) {
    return fail(`The server cannot start: ${(error as Error).message}`);
  }
})();

const poll = await openPollServices(settings.poll).catch((error: Error) =>
  fail(`The server cannot start. ${error.message}\n${STORE_HINT}`),
);
const polls = (() => {
  try {
    return loadPollRegistry(join(staticDir(settings.server.distDir), fixedRoutes.pollRegistry));
  } catch (error) {
    return fail(`The server cannot start: ${(error as Error).message}`);
  }
})();
// This server listens itself; a build made in the adapter's standalone mode must not start its own.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { handler: astro } = (await import(pathToFileURL(serverEntry(settings.server.distDir)).href)) as {
  handler: Handler;
};

const staticFiles = sirv(staticDir(settings.server.distDir), {
  etag: true,
  setHeaders(res, pathname) {
    res.setHeader('Cache-Control', cacheControl(pathname));
    // A page is its folder's index.html (trailingSlash: 'always') or a file like /404.html.
    const page = pathname.endsWith('/')
      ? `${pathname}index.html`
      : pathname.endsWith('.html')
        ? pathname
        : null;
    const policy = page && builtPagePolicy(join(staticDir(settings.server.distDir), page));
    if (policy) res.setHeader('Content-Security-Policy', policy);
  },
}) as unknown as Handler;
// Brotli at quality 5: a sixth smaller than gzip on a piece for under 2 ms of CPU; quality 11
// would save another 2 KB for 60 ms per request.
const compress = compression({
  threshold: 1024,
  brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
}) as unknown as Handler;

/** The site's own 404 page (src/pages/404.astro), for any address that names nothing. */
const notFoundFile = join(staticDir(settings.server.distDir), fixedRoutes.notFound);
const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : null;

function notFound(req: IncomingMessage, res: ServerResponse) {
  if (!notFoundPage || req.url?.startsWith(API_PREFIX)) {
    return refuse(req, res, 404, 'not-found', 'Nothing is published at this address.');
  }
  res.writeHead(404, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'public, no-cache',
    'Content-Security-Policy': builtPagePolicy(notFoundFile) ?? '',
  });
  res.end(req.method === 'HEAD' ? undefined : notFoundPage);
}

/** A JSON error for the API, plain text elsewhere. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) {
  if (req.url?.startsWith(API_PREFIX)) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ error: { status, code, message } }));
  } else {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`${message}\n`);
  }
}

let inFlight = 0;
const server = createServer((req, res) => {
  inFlight++;
  res.once('close', () => inFlight--);
  secure(res);
  if (!ALLOWED_METHODS.includes(req.method ?? '')) {
    res.setHeader('Allow', ALLOWED_METHODS.join(', '));
    return refuse(
      req,
      res,
      405,
      'method-not-allowed',
      `${req.method} is not allowed; use ${ALLOWED_METHODS.join(', ')}.`,
    );
  }
  if (req.method === 'POST' && Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    res.setHeader('Connection', 'close');
    return refuse(
      req,
      res,
      413,
      'body-too-large',
      `A vote is a few bytes; this body is over ${MAX_BODY_BYTES} bytes.`,
    );
  }
  const locals = {
    poll: { ...poll, polls },
    clientAddress: clientAddress(req, settings.server.trustedProxies),
  };
  const toAstro: Next = (error) => {
    if (error) return refuse(req, res, 500, 'server-error', 'Something went wrong on our side.');
    void astro(req, res, () => notFound(req, res), locals);
  };
  // The API answers a few hundred bytes of JSON: compressing them would cost more than it saves.
  if (req.url?.startsWith(API_PREFIX)) return toAstro();
  compress(req, res, () => {
    if (req.method === 'POST') return toAstro();
    void staticFiles(req, res, toAstro);
  });
});
// An oversized upload is not read to its end: its answer closes the connection.
closeRefusedUploads(server);
// A reader's connection that sits idle must not hold a shutdown for long.
server.keepAliveTimeout = 5000;

server.listen(settings.server.port, settings.server.host, () => {
  console.log(
    `Serving ${settings.server.distDir} at http://${settings.server.host}:${settings.server.port}/ ` +
      `(votes: ${poll.store.description}; trusted proxies: ${settings.server.trustedProxies})`,
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: no new connections; finishing ${inFlight} request(s) in flight.`);
  server.close();
  server.closeIdleConnections();
  const deadline = Date.now() + settings.server.shutdownTimeoutMs;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  if (inFlight > 0)
    console.error(`${inFlight} request(s) still running after the shutdown timeout; stopping them.`);
  server.closeAllConnections();
  await poll.close();
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutdown(signal));
