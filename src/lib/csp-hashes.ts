import { createHash } from 'node:crypto';

/*
 * Astro's Content Security Policy lists a hash for every script and style its build processed for
 * a route, which is more than the page holds: the launch piece's policy allowed 14 scripts and 25
 * styles for the 5 and 4 it has, 2.3 KB of hashes that do not compress, in every page, some
 * 1 KB gzip of a piece's 60 KB budget. A page's policy should allow what the page runs, no more.
 */

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
/** Inline scripts and styles: a script with `src` is allowed by `'self'`, not by a hash. */
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const HASH = /'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'/g;

/**
 * The page with its policy's hashes cut to those of the scripts and styles in it; its other
 * sources untouched. The page as it is when it has no policy in a `<meta>`.
 */
export function withOwnHashes(html: string): string {
  const policy = POLICY.exec(html);
  if (!policy) return html;
  const algorithms = new Set([...policy[2]!.matchAll(HASH)].map(([, algorithm]) => algorithm!));
  const present = new Set<string>();
  for (const [, tag, attributes = '', body = ''] of html.matchAll(INLINE)) {
    if (tag === 'script' && /\ssrc=/.test(attributes)) continue;
    for (const algorithm of algorithms) {
      present.add(`'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`);
    }
  }
  const kept = policy[2]!
    .replace(HASH, (hash) => (present.has(hash) ? hash : ''))
    .replace(/ {2,}/g, ' ')
    .replace(/ +(?=;|$)/g, '');
  return kept === policy[2] ? html : html.replace(policy[0], () => `${policy[1]}${kept}${policy[3]}`);
}
