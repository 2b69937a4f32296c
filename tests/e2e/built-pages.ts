import { htmlFiles, pageUrl } from '../../src/lib/built-site.ts';

/** Every HTML page the build emitted, as a URL path: the gates run on all of them, not a hand-picked list. */
export function builtPages(dist = 'dist'): string[] {
  return htmlFiles(dist).map((file) => pageUrl(dist, file));
}
