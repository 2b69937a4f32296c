import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import proxyAddr from 'proxy-addr';

/**
 * The reader's address, for the rate limit. With no proxy in front (`TRUSTED_PROXIES=0`, the
 * default) it is the connection's own address, and any X-Forwarded-For is ignored: a client can
 * write anything there. Behind N proxies, each appends the address it received the request from,
 * so only the last N entries are trustworthy: the reader is the right-most entry that no trusted
 * proxy wrote, the one the outermost proxy appended. Entries to its left came from the client and
 * are never believed. (proxy-addr, Express's own, walks the hops from the connection outwards
 * while `trusted` says the hop is one of ours: the first N are. A request that came through fewer
 * proxies than configured names no reader: it answers the farthest hop known.)
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  if (trustedProxies === 0) return request.socket.remoteAddress ?? 'unknown';
  return proxyAddr(request, (_address, hop) => hop < trustedProxies) ?? 'unknown';
}

/**
 * Whether the reader reached the site over HTTPS: this server's own TLS, or the scheme the
 * outermost trusted proxy received (X-Forwarded-Proto, which nginx and Caddy set). Without a
 * trusted proxy the header is the client's own claim and is ignored. A proxy that appends
 * instead of setting leaves one entry per proxy: the outermost one's is N from the right.
 * (No well-kept package reads X-Forwarded-Proto by a count of proxies; Express does it by hand too.)
 */
export function viaHttps(request: IncomingMessage, trustedProxies: number): boolean {
  if ((request.socket as Partial<TLSSocket>).encrypted) return true;
  if (trustedProxies === 0) return false;
  const entries = [request.headers['x-forwarded-proto'] ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - trustedProxies)] === 'https';
}
