import { globSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseRoute, pollResultsPath } from '../lib/routes.ts';

/** Every HTML file of a built site, as paths under `distDir`. */
export function htmlFiles(distDir: string): string[] {
  return globSync('**/*.html', { cwd: distDir })
    .map((file) => join(distDir, file))
    .sort();
}

/** The URL path a built file is served at: dist/piece/faq/id/index.html → /piece/faq/id/ */
export function pageUrl(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every HTML page the build emitted, as a URL path: gates run on these, never a hand-picked list. */
export function builtPages(distDir: string): string[] {
  return htmlFiles(distDir).map((file) => pageUrl(distDir, file));
}

/**
 * Pages the server renders on request: the results page of each poll that takes votes, in the
 * edition of each page that asks it, found by its form's action (a poll that takes votes posts to
 * the vote API).
 */
export function onDemandPages(distDir: string): string[] {
  const pages = htmlFiles(distDir).flatMap((file) => {
    const { edition } = parseRoute(pageUrl(distDir, file));
    return [...readFileSync(file, 'utf8').matchAll(/<form\b[^>]*\saction="([^"]+)"/g)].flatMap(
      ([, action]) => {
        const route = parseRoute(action!);
        return route.kind === 'poll-api' ? [pollResultsPath(route.id, edition)] : [];
      },
    );
  });
  return [...new Set(pages)].sort();
}

/** Everything a reader can open: built pages and the pages rendered on request. */
export function servedPages(distDir: string): string[] {
  return [...builtPages(distDir), ...onDemandPages(distDir)];
}

/**
 * The pages that differ in what a browser gate can find: every piece (each has its own content),
 * and one page of every other kind in every edition (a share page, a topic page, a poll's results:
 * one template each, filled with text already checked on its piece, in the edition's words and
 * script). Gates that load pages in a browser run on these; checks that read files run on every page.
 */
export function distinctPages(pages: readonly string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((page) => {
    const { kind, edition } = parseRoute(page);
    if (kind === 'piece' || kind === 'other') return true;
    if (seen.has(`${kind} ${edition.code}`)) return false;
    seen.add(`${kind} ${edition.code}`);
    return true;
  });
}

/**
 * Lets a folder outside the project hold a build (fixtures, benchmarks): the server bundle that
 * prerenders the pages imports packages by name, and Node looks for them in a node_modules above it.
 */
export function linkNodeModules(work: string): void {
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
}
