/**
 * The site's production server: the built pages and the poll's vote API from one Node process,
 * fast and safe on its own, with or without a proxy in front. `src/commands/serve.ts` (what
 * `npm start`, `npm run serve` and `bash .ci/serve` run) reads the settings, opens the services
 * and starts it; tests start it the same way, in process or as that command.
 * - Static files from the build's static folder (src/lib/build-output.ts), compressed once per
 *   version and encoding and kept (src/server/static-files.ts), cached by browsers for as long as
 *   each may be (src/server/cache-policy.ts); everything else through Astro's handler.
 * - Each request is answered from one whole build: the one DIST_DIR points at when it arrives
 *   (src/server/served-build.ts), so a build switched in is served at once, with no restart.
 * - Security headers on every response, and each page's Content Security Policy sent as a header
 *   too, with frame-ancestors 'none'.
 * - The reader's address and scheme worked out behind TRUSTED_PROXIES proxies.
 * - Only GET, HEAD and POST; an address with a broken %-escape is a 400; an oversized vote closes
 *   its connection.
 * - `shutdown()`: stop accepting, answer what is in flight with `Connection: close` (at most
 *   SHUTDOWN_TIMEOUT_MS), close idle connections, close the poll's store.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants as zlibConstants } from 'node:zlib';
import compression from 'compression';
import { movedAnswer, type MovedPieces } from '../features/moved-pieces/moved.ts';
import { MAX_BODY_BYTES } from '../features/poll/api.ts';
import {
  openPollServices,
  STORE_HINT,
  type PollServices,
  type PollSettings,
} from '../features/poll/services.ts';
import { staticDir } from '../lib/build-output.ts';
import { sendJsonError } from '../lib/json-error.ts';
import { notFoundPath, parseRoute, pollApiPath } from '../lib/routes.ts';
import { cacheControl } from './cache-policy.ts';
import { clientAddress, viaHttps } from './client-address.ts';
import { closeRefusedUploads } from './refused-uploads.ts';
import { builtPagePolicy, secure } from './security-headers.ts';
import { followBuilds, type Builds, type NodeHandler } from './served-build.ts';
import type { ServerSettings } from './settings.ts';
import { createStaticFiles, type StaticFiles } from './static-files.ts';

type Next = Parameters<NodeHandler>[2];

/** What the server needs besides its settings: the poll's store, and the builds it answers from. */
export interface SiteServices {
  poll: PollServices;
  /** The build each request is answered from: its files, its polls, its on-request pages. */
  builds: Builds;
}

export interface SiteServer {
  server: Server;
  /** The static files, for their cache's figures (tests, the benchmark). */
  files: StaticFiles;
  /** Listens where the settings say; answers the address it got (port 0 picks a free one). */
  listen(): Promise<AddressInfo>;
  /**
   * Stops accepting connections, answers every request in flight (each with `Connection: close`),
   * closes the connections, then the poll's store. Requests still running after the shutdown
   * timeout are cut off. Resolves once all is closed; calling it again waits for the same.
   */
  shutdown(reason: string): Promise<void>;
}

const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];
const API_PREFIX = pollApiPath('x').replace(/x\/$/, '');

/**
 * Opens what the server runs with: the build DIST_DIR points at (its polls, its handler for pages
 * rendered on request; later builds are followed as they are switched in, src/server/served-build.ts)
 * and the poll store (created or migrated, and checked writable). Fails with what is wrong and how
 * to fix it.
 */
export async function openSiteServices(server: ServerSettings, poll: PollSettings): Promise<SiteServices> {
  const builds = await followBuilds(server.distDir);
  const services = await openPollServices(poll).catch((error: Error) => {
    throw new Error(`${error.message}\n${STORE_HINT}`, { cause: error });
  });
  return { poll: services, builds };
}

/**
 * The path of a request's target, decoded; null when a %-escape in it does not decode. The target
 * is a path (`/a/b?q`), or a whole URL when the request went to a proxy (`http://host/a/b`).
 */
function decodedPathname(target: string): string | null {
  const pathname =
    /^https?:\/\//i.test(target) && URL.canParse(target)
      ? new URL(target).pathname
      : target.replace(/[?#].*$/s, '');
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function createSiteServer(settings: ServerSettings, services: SiteServices): SiteServer {
  const files = createStaticFiles({
    cacheBytes: settings.staticCacheBytes,
    headers(file, pathname, version) {
      const headers: Record<string, string> = { 'Cache-Control': cacheControl(pathname) };
      const policy = file.endsWith('.html') ? builtPagePolicy(file, version) : null;
      if (policy) headers['Content-Security-Policy'] = policy;
      return headers;
    },
  });
  // Astro's pages rendered on request (a poll's results, which change with every vote) cannot be
  // kept: those are compressed as they go, Brotli at quality 5 (a sixth smaller than gzip for a
  // millisecond or two). The API's answers are a few hundred bytes and go out as they are.
  const compressAsItGoes = compression({
    threshold: 1024,
    brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  }) as unknown as NodeHandler;

  const isApi = (req: IncomingMessage) => req.url?.startsWith(API_PREFIX) ?? false;

  /** A JSON error under the API, plain text elsewhere. */
  function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) {
    if (isApi(req)) return sendJsonError(res, status, code, message);
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`${message}\n`);
  }

  /** The site's own 404 page, in the edition of the address (src/pages/404.astro, src/pages/[edition]/404.astro), for any address that names nothing. */
  async function notFound(req: IncomingMessage, res: ServerResponse, root: string) {
    const page = notFoundPath(parseRoute(decodedPathname(req.url ?? '/') ?? '/').edition);
    if (!isApi(req) && (await files.serveFile(req, res, root, page, 404))) return;
    refuse(req, res, 404, 'not-found', 'Nothing is published at this address.');
  }

  /**
   * A renamed piece's earlier address (and what is under it: share pages, cards) answers 301 to
   * the same address under its newest one, the query kept (the browser keeps the #fragment); a
   * withdrawn piece's answers 410 Gone with its page saying when and why. True when answered.
   */
  async function answerMoved(
    req: IncomingMessage,
    res: ServerResponse,
    root: string,
    pathname: string,
    moved: MovedPieces,
  ): Promise<boolean> {
    const answer = movedAnswer(moved, pathname);
    if (!answer) return false;
    if (answer.status === 301) {
      const query = /\?[^#]*/.exec(req.url ?? '')?.[0] ?? '';
      res.writeHead(301, {
        Location: encodeURI(answer.location) + query,
        'Cache-Control': cacheControl(answer.location),
        'Content-Type': 'text/plain; charset=utf-8',
      });
      res.end(req.method === 'HEAD' ? undefined : `Moved to ${answer.location}\n`);
      return true;
    }
    for (const page of answer.pages) if (await files.serveFile(req, res, root, page, 410)) return true;
    refuse(req, res, 410, 'withdrawn', 'This piece has been withdrawn.');
    return true;
  }

  const active = new Set<ServerResponse>();
  let stopping: Promise<void> | null = null;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    secure(res);
    if (stopping) res.setHeader('Connection', 'close');
    if (!ALLOWED_METHODS.includes(req.method ?? '')) {
      res.setHeader('Allow', ALLOWED_METHODS.join(', '));
      const allowed = ALLOWED_METHODS.join(', ');
      return refuse(req, res, 405, 'method-not-allowed', `${req.method} is not allowed; use ${allowed}.`);
    }
    const pathname = decodedPathname(req.url ?? '/');
    if (pathname === null) {
      return refuse(
        req,
        res,
        400,
        'malformed-address',
        'This address has a %-escape that does not spell UTF-8 text (like %E2%80%99): check the link.',
      );
    }
    if (req.method === 'POST' && Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      res.setHeader('Connection', 'close');
      const message = `A vote is a few bytes; this body is over ${MAX_BODY_BYTES} bytes.`;
      return refuse(req, res, 413, 'body-too-large', message);
    }
    // One build answers the whole request, even if another is switched in meanwhile.
    const build = await services.builds.current();
    const root = staticDir(build.dir);
    const locals = {
      poll: { ...services.poll, polls: build.polls },
      clientAddress: clientAddress(req, settings.trustedProxies),
      https: viaHttps(req, settings.trustedProxies),
    };
    const toAstro: Next = (error) => {
      if (error) return refuse(req, res, 500, 'server-error', 'Something went wrong on our side.');
      void build.astro(req, res, () => void notFound(req, res, root), locals);
    };
    if (isApi(req)) return toAstro();
    if (req.method !== 'POST' && (await answerMoved(req, res, root, pathname, build.moved))) return;
    if (req.method !== 'POST' && (await files.serve(req, res, root, pathname))) return;
    compressAsItGoes(req, res, toAstro);
  }

  const server = createServer((req, res) => {
    active.add(res);
    res.once('close', () => {
      active.delete(res);
      // Its connection may now be idle: while stopping, nothing more may arrive on it.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    handle(req, res).catch((error: unknown) => {
      console.error(`Could not answer ${req.method} ${req.url}:`, error);
      if (!res.headersSent) refuse(req, res, 500, 'server-error', 'Something went wrong on our side.');
      else res.destroy();
    });
  });
  // An oversized upload is not read to its end: its answer closes the connection.
  closeRefusedUploads(server);
  // A reader's connection that sits idle must not hold a shutdown for long.
  server.keepAliveTimeout = 5000;

  async function stop(reason: string) {
    console.log(`${reason}: no new connections; finishing ${active.size} request(s) in flight.`);
    // Answers not yet begun say the connection ends with them, so no client sends another
    // request on it only to have it reset; idle connections are closed now.
    for (const res of active) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + settings.shutdownTimeoutMs;
    while (active.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    if (active.size > 0) {
      console.error(`${active.size} request(s) still running after the shutdown timeout; stopping them.`);
    }
    server.closeAllConnections();
    await services.poll.close();
  }

  return {
    server,
    files,
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(settings.port, settings.host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    shutdown(reason) {
      stopping ??= stop(reason);
      return stopping;
    },
  };
}
