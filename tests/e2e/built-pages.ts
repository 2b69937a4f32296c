import { readFileSync } from 'node:fs';
import { htmlFiles, pageUrl, staticDir } from '../../src/lib/built-site.ts';

/** Every HTML page the build emitted, as a URL path: the gates run on all of them, not a hand-picked list. */
export function builtPages(dist = staticDir()): string[] {
  return htmlFiles(dist).map((file) => pageUrl(dist, file));
}

/** Pages the server renders on request (poll results), found where the built pages link to them. */
export function onDemandPages(dist = staticDir()): string[] {
  const links = htmlFiles(dist).flatMap((file) => [
    ...readFileSync(file, 'utf8').matchAll(/href="(\/polls\/[^"#?]+\/)"/g),
  ]);
  return [...new Set(links.map(([, path]) => path!))].sort();
}

/** Everything a reader can open: the gates (axe, CSP) run on all of it. */
export function servedPages(): string[] {
  return [...builtPages(), ...onDemandPages()];
}
