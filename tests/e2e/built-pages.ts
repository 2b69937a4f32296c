import { htmlFiles, pageUrl, staticDir } from '../../src/lib/built-site.ts';

/** Every HTML page the build emitted, as a URL path: the gates run on all of them, not a hand-picked list. */
export function builtPages(dist = staticDir()): string[] {
  return htmlFiles(dist).map((file) => pageUrl(dist, file));
}
