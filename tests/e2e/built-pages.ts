import { readdirSync } from 'node:fs';

/** Every HTML page the build emitted, as a URL path: the gates run on all of them, not a hand-picked list. */
export function builtPages(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
