import type { IncomingMessage } from 'node:http';

/**
 * The reader's address, for the rate limit. With no proxy in front (`TRUSTED_PROXIES=0`, the
 * default) it is the connection's own address, and any X-Forwarded-For is ignored: a client can
 * write anything there. Behind N proxies, each appends the address it received the request from,
 * so only the last N entries are trustworthy: the reader is the right-most entry that no trusted
 * proxy wrote, the one the outermost proxy appended. Entries to its left came from the client and
 * are never believed.
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const direct = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxies === 0) return direct;
  const forwarded = [request.headers['x-forwarded-for'] ?? []]
    .flat()
    .flatMap((header) => header.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  // The hops a request passed: the client's claims, then what each proxy appended, then the
  // connection itself (made by the innermost proxy).
  const hops = [...forwarded, direct];
  // The last `trustedProxies` hops are the proxies; the one before them is the reader. A request
  // that came through fewer proxies than configured names no reader: use the farthest hop known.
  return hops[hops.length - 1 - trustedProxies] ?? hops[0]!;
}
