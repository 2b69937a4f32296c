import { readdirSync, symlinkSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Where a build's static files are: the Node adapter puts them in `<outDir>/client` (the server
 * in `<outDir>/server`). This folder alone is what a static host would serve.
 */
export function staticDir(outDir: string = process.env['ASTRO_OUT_DIR'] ?? 'dist'): string {
  return join(outDir, 'client');
}

/** Every HTML file of a built site, as paths under `distDir`. */
export function htmlFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(distDir, file))
    .sort();
}

/** The URL path a built file is served at: dist/piece/faq/id/index.html → /piece/faq/id/ */
export function pageUrl(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Lets a folder outside the project hold a build (fixtures, benchmarks): the server bundle that
 * prerenders the pages imports packages by name, and Node looks for them in a node_modules above it.
 */
export function linkNodeModules(work: string): void {
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
}
