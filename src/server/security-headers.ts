import { closeSync, openSync, readSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';

/** No page of the site may be framed: the vote form must not be clickjacked. */
const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Headers every response gets. */
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
} as const;

// By file, so bounded: each build is a folder of its own, and the server follows build after build.
const policies = new LRUCache<string, { version: string; policy: string | null }>({ max: 20_000 });

/**
 * The Content Security Policy a built page carries in its <meta> tag (Astro writes it, with the
 * hashes of that page's own scripts and styles), read from the start of its <head> once per
 * version of the file: a rebuild that changes a page's scripts changes its policy too. (A
 * synchronous read of 16 KB, once per page per build: cheaper than a trip to the thread pool.)
 * A static host gets the <meta>; this server also sends it as a header, where frame-ancestors works.
 */
export function builtPagePolicy(file: string, version: string): string | null {
  const known = policies.get(file);
  if (known?.version === version) return known.policy;
  const head = Buffer.alloc(16 * 1024);
  const fd = openSync(file, 'r');
  const size = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
    head.subarray(0, size).toString('utf8'),
  );
  const policy = match ? match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"') : null;
  policies.set(file, { version, policy });
  return policy;
}

/**
 * Sends the security headers, and makes sure whatever Content-Security-Policy the response ends up
 * with (a built page's, or the one Astro writes for pages rendered on request) forbids framing.
 */
export function secure(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as
      Record<string, unknown> | undefined;
    const key =
      headers && Object.keys(headers).find((name) => name.toLowerCase() === 'content-security-policy');
    const policy = String((key && headers[key]) ?? res.getHeader('content-security-policy') ?? '');
    const framed = policy ? `${policy.replace(/;\s*$/, '')}; ${FRAME_ANCESTORS}` : FRAME_ANCESTORS;
    if (key) headers[key] = framed;
    else res.setHeader('Content-Security-Policy', framed);
    return writeHead(status, ...rest);
  }) as ServerResponse['writeHead'];
}
