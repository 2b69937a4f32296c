import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import compressible from 'compressible';
import { etag } from 'etag';
import fresh from 'fresh';
import { LRUCache } from 'lru-cache';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import send from 'send';

/**
 * The build's static files, as fast as a static server and never stale:
 * - Compressible files (pages, CSS, feeds, the search index) are compressed once per encoding and
 *   kept in memory (an LRU bounded in bytes), keyed by the file's size, times and inode, so a
 *   rebuild's new file is a new entry and the old copy is never served again. The first request
 *   for a file gets a fast compression (Brotli quality 5, gzip 6: about a millisecond), computed
 *   off the event loop by zlib's thread pool; the best one (Brotli 11, gzip 9: tens of
 *   milliseconds) follows in the background, one file at a time, and replaces it.
 * - Everything else, and every conditional or Range request, goes to `send` (the static-file
 *   library under Express and Astro's Node adapter): 304s, 206s and 416s, pictures and fonts
 *   streamed from disk.
 * Every file is looked up on disk at each request, as nginx does: a page a rebuild added is there
 * at once, and one it removed is gone. Each request names the build folder it is answered from
 * (the server follows DIST_DIR from build to build); a file's kept copies are those of its path in
 * that folder, so two builds never share one.
 */

/** Files smaller than this go out as they are: compressing a few hundred bytes saves nothing. */
const COMPRESS_THRESHOLD = 1024;

type Encoding = 'br' | 'gzip' | 'identity';

/**
 * What a response for a static file says besides its body, decided by the caller (site-server.ts):
 * `version` changes whenever the file does.
 */
type FileHeaders = (file: string, pathname: string, version: string) => Record<string, string>;

interface Kept {
  body: Buffer;
  etag: string;
  lastModified: string;
  /** `fast` until the background has recompressed it at the best setting. */
  quality: 'fast' | 'best';
}

/** What tells one version of a file from another: a rebuild changes at least one of these. */
const versionOf = (file: string, stats: Stats) =>
  `${file}\0${stats.size}\0${stats.mtimeMs}\0${stats.ctimeMs}\0${stats.ino}`;

const LEVELS = {
  fast: { br: 5, gzip: 6 },
  best: { br: constants.BROTLI_MAX_QUALITY, gzip: constants.Z_BEST_COMPRESSION },
} as const;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

function compress(data: Buffer, encoding: Encoding, quality: Kept['quality']): Promise<Buffer> | Buffer {
  if (encoding === 'identity') return data;
  if (encoding === 'gzip') return gzipped(data, { level: LEVELS[quality].gzip });
  return brotli(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: LEVELS[quality].br,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

/** A file changed while it was being read (a build writing it): read it again. */
class FileChanged extends Error {}

/** The file's bytes and the stats that belong to them (read through one handle, checked after). */
async function readVersion(file: string): Promise<{ data: Buffer; stats: Stats }> {
  const handle = await open(file, 'r');
  try {
    const stats = await handle.stat();
    const data = await handle.readFile();
    const after = await handle.stat();
    if (versionOf(file, after) !== versionOf(file, stats) || data.length !== stats.size) {
      throw new FileChanged(file);
    }
    return { data, stats };
  } finally {
    await handle.close();
  }
}

export interface StaticFilesOptions {
  /** The memory the compressed copies may take, in bytes. */
  cacheBytes: number;
  /** Headers for a file's answer (Cache-Control, a page's Content-Security-Policy). */
  headers: FileHeaders;
}

export interface StaticFiles {
  /**
   * Answers a GET or HEAD for `pathname` (already decoded) from the build's static folder `root`,
   * and resolves true; or resolves false, having written nothing, when no file is there.
   */
  serve(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<boolean>;
  /** Answers with one file of the build (the 404 page) and the given status, whatever was asked. */
  serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    root: string,
    pathname: string,
    status: number,
  ): Promise<boolean>;
  /** Waits until every background recompression queued so far is done (tests, benchmarks). */
  settled(): Promise<void>;
  /** How many bytes the kept copies take, and how many of them are at the best setting. */
  stats(): { bytes: number; entries: number; best: number };
}

/** Upgrades waiting at most; past that, a file stays at the fast setting until asked for again. */
const MAX_QUEUED_UPGRADES = 256;

export function createStaticFiles({ cacheBytes, headers }: StaticFilesOptions): StaticFiles {
  const kept = new LRUCache<string, Kept>({
    maxSize: Math.max(1, cacheBytes),
    // The key and the entry's own fields cost a few hundred bytes beside the body.
    sizeCalculation: (entry, key) => entry.body.length + key.length + 256,
  });
  const pending = new Map<string, Promise<Kept>>();
  const queued = new Map<string, { file: string; encoding: Encoding }>();
  let upgrading: Promise<void> = Promise.resolve();
  let draining = false;
  const describe = (stats: Stats) => {
    const validators = describeHeaders(stats);
    return { etag: validators.ETag, lastModified: validators['Last-Modified'] };
  };

  async function drainUpgrades() {
    if (draining) return;
    draining = true;
    let done!: () => void;
    upgrading = new Promise((resolve) => (done = resolve));
    try {
      for (const [key, { file, encoding }] of queued) {
        queued.delete(key);
        // Still wanted? A file evicted meanwhile is compressed again when it is next asked for.
        if (kept.peek(key)?.quality !== 'fast') continue;
        try {
          const { data, stats } = await readVersion(file);
          const version = versionOf(file, stats);
          if (`${version}\0${encoding}` !== key) continue; // rebuilt meanwhile: the next request says which
          kept.set(key, {
            ...describe(stats),
            body: await compress(data, encoding, 'best'),
            quality: 'best',
          });
        } catch {
          // The file is gone or being rewritten; the fast copy stays until its version changes.
        }
      }
    } finally {
      draining = false;
      done();
    }
  }

  function queueUpgrade(key: string, file: string, encoding: Encoding) {
    if (encoding === 'identity' || queued.has(key) || queued.size >= MAX_QUEUED_UPGRADES) return;
    queued.set(key, { file, encoding });
    setImmediate(() => void drainUpgrades());
  }

  /** The file's copy in `encoding`, kept or made now (once, however many requests ask at once). */
  async function copyOf(file: string, stats: Stats, encoding: Encoding): Promise<Kept> {
    const key = `${versionOf(file, stats)}\0${encoding}`;
    const hit = kept.get(key);
    if (hit) {
      if (hit.quality === 'fast') queueUpgrade(key, file, encoding);
      return hit;
    }
    let making = pending.get(key);
    if (!making) {
      making = (async () => {
        const read = await readVersion(file);
        const body = await compress(read.data, encoding, 'fast');
        const copy: Kept = {
          ...describe(read.stats),
          body,
          quality: encoding === 'identity' ? 'best' : 'fast',
        };
        // The file may have changed between the lookup and the read: keep it under what was read.
        const readKey = `${versionOf(file, read.stats)}\0${encoding}`;
        kept.set(readKey, copy);
        if (copy.quality === 'fast') queueUpgrade(readKey, file, encoding);
        return copy;
      })().finally(() => pending.delete(key));
      pending.set(key, making);
    }
    return making;
  }

  async function answer(
    req: IncomingMessage,
    res: ServerResponse,
    file: string,
    stats: Stats,
    pathname: string,
    status: number,
  ): Promise<void> {
    const type = contentType(extname(file)) || 'application/octet-stream';
    const worthCompressing = stats.size >= COMPRESS_THRESHOLD && compressible(type) === true;
    const extra = headers(file, pathname, versionOf(file, stats));
    // One URL, different bytes by Accept-Encoding: caches must keep them apart.
    if (compressible(type)) extra['Vary'] = 'Accept-Encoding';
    if (status === 200 && isFresh(req, stats)) {
      res.writeHead(304, { ...extra, ...describeHeaders(stats) });
      return void res.end();
    }
    // Preconditions and byte ranges are `send`'s to answer, on the file as it is.
    const partial = ['if-match', 'if-unmodified-since', 'range'].some((name) => name in req.headers);
    if (status === 200 && (partial || !worthCompressing)) return viaSend(req, res, file, extra);

    const encoding: Encoding = worthCompressing ? negotiate(req) : 'identity';
    let copy: Kept;
    try {
      copy = await copyOf(file, stats, encoding);
    } catch (error) {
      if (!(error instanceof FileChanged)) throw error;
      // Being rewritten right now: stream whatever is there, unkept.
      return viaSend(req, res, file, extra);
    }
    res.writeHead(status, {
      ...extra,
      'Content-Type': type,
      'Content-Length': copy.body.length,
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
      ...(status === 200 ? { ETag: copy.etag, 'Last-Modified': copy.lastModified } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : copy.body);
  }

  return {
    async serve(req, res, root, pathname) {
      const found = await resolve(root, pathname);
      if (!found) return false;
      await answer(req, res, found.file, found.stats, pathname, 200);
      return true;
    },
    async serveFile(req, res, root, pathname, status) {
      const found = await resolve(root, pathname);
      if (!found) return false;
      await answer(req, res, found.file, found.stats, pathname, status);
      return true;
    },
    async settled() {
      while (queued.size > 0 || draining || pending.size > 0) {
        await Promise.allSettled(pending.values());
        await upgrading;
        await new Promise((next) => setImmediate(next));
      }
    },
    stats() {
      let best = 0;
      for (const entry of kept.values()) if (entry.quality === 'best') best++;
      return { bytes: kept.calculatedSize, entries: kept.size, best };
    },
  };
}

/** The validators of a file's answers, the same for every encoding: its ETag and Last-Modified. */
const describeHeaders = (stats: Stats) => ({ ETag: etag(stats), 'Last-Modified': stats.mtime.toUTCString() });

/**
 * Whether the browser's copy (If-None-Match, If-Modified-Since) is the file as it is now: then a
 * 304. Only those two headers are given to `fresh`: it would also answer 200 to any request with
 * `Cache-Control: no-cache`, which tells caches on the way to ask the origin, not the origin to
 * ignore the condition (RFC 9110, 13.2.1); fetch() sends it with every conditional request.
 */
function isFresh(req: IncomingMessage, stats: Stats): boolean {
  const { 'if-none-match': ifNoneMatch, 'if-modified-since': ifModifiedSince } = req.headers;
  if (ifNoneMatch === undefined && ifModifiedSince === undefined) return false;
  const validators = describeHeaders(stats);
  return fresh(
    { 'if-none-match': ifNoneMatch, 'if-modified-since': ifModifiedSince },
    { etag: validators.ETag, 'last-modified': validators['Last-Modified'] },
  );
}

/** Brotli when the browser takes it, else gzip, else the file as it is (q-values respected). */
function negotiate(req: IncomingMessage): Encoding {
  // @types/negotiator predates the `preferred` option (negotiator 1.x): the server's order wins ties.
  const negotiator = new Negotiator(req) as Negotiator & {
    encoding(available: string[], options: { preferred: string[] }): string | undefined;
  };
  const chosen = negotiator.encoding(['br', 'gzip', 'identity'], { preferred: ['br', 'gzip', 'identity'] });
  return chosen === 'br' || chosen === 'gzip' ? chosen : 'identity';
}

/**
 * The file an address names in the build, or null: `/x/` is `x/index.html`; `/x` is the file `x`,
 * else `x.html`, else `x/index.html` (as the server has always answered). Dotfiles and anything
 * outside the folder are never served.
 */
async function resolve(root: string, pathname: string): Promise<{ file: string; stats: Stats } | null> {
  if (pathname.includes('\0') || /\/\./.test(pathname) || !pathname.startsWith('/')) return null;
  const base = join(root, pathname);
  if (!base.startsWith(root + sep) && base !== root) return null;
  const candidates = pathname.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, `${base}.html`, join(base, 'index.html')];
  for (const file of candidates) {
    const stats = await stat(file).catch(() => null);
    if (stats?.isFile()) return { file, stats };
  }
  return null;
}

/** A conditional, Range or uncompressible request: `send` streams the file and answers 304/206/416. */
function viaSend(req: IncomingMessage, res: ServerResponse, file: string, headers: Record<string, string>) {
  return new Promise<void>((done, fail) => {
    send(req, encodeURI(file.split(sep).join('/')), {
      // The file is resolved already; `send` must not look for another or refuse a dot in its path.
      index: false,
      extensions: false,
      dotfiles: 'allow',
      cacheControl: false,
    })
      .on('headers', (response: ServerResponse, _path: string, stats: Stats) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        // The same validators as the kept copies', so a precondition here matches what they sent.
        for (const [name, value] of Object.entries(describeHeaders(stats))) response.setHeader(name, value);
      })
      .on('error', (error: Error & { status?: number; headers?: Record<string, string> }) => {
        if (res.headersSent) return fail(error);
        const status = error.status ?? 500;
        res.writeHead(status, { ...error.headers, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(status === 416 ? 'The range asked for is outside the file.\n' : `${error.message}\n`);
        done();
      })
      .on('end', done)
      .pipe(res)
      .on('close', done);
  });
}
