import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The last build's pages stay where they are, and each build removes only what it did not make.
 *
 * Astro empties the output folder before every build, so its incremental build then copies each
 * unchanged page back from its cache: at 1,000 pieces that is 13,000 files and about 7 of a
 * rebuild's 16 seconds. Instead (`emptyOutDir: false`):
 * 1. at the start, the last build's client folder is moved aside, so that the server's manifest,
 *    which lists the files the client folder holds before the pages are rendered, is what a clean
 *    build would write;
 * 2. once that manifest is made (`astro:build:ssr`), whatever this build has not written yet is
 *    moved back (a whole folder at a time where it can), and Astro keeps each unchanged page;
 * 3. when the build is done, every file under the output folder that this build neither wrote nor
 *    counted among its pages (Astro lists the pages it kept) is deleted: a piece unpublished, a page
 *    removed, the bundles of older code, then the folders left empty.
 * `tests/build/incremental.test.ts` compares such a rebuild, with a piece unpublished, to a clean
 * build file by file.
 *
 * Astro decides what to keep from the cache's record of the last build, so the pages are kept only
 * when they are that build's: each finished build leaves the same new mark in the output folder and
 * in the cache. A build that stopped half-way, or output made with another cache (another
 * ASTRO_CACHE_DIR, a cache shared by two checkouts), does not match, and is thrown away: its pages
 * are then copied from the cache, as Astro would.
 */
export function keepOutput(): AstroIntegration {
  let outDir = '';
  let clientDir = '';
  let aside = '';
  let marks: string[] = [];
  let started = 0;
  return {
    name: 'explainer:keep-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        clientDir = fileURLToPath(config.build.client);
        aside = join(outDir, '.last-client');
        marks = [join(outDir, '.last-build'), join(fileURLToPath(config.cacheDir), 'last-build-output')];
      },
      'astro:build:start': () => {
        started = Date.now();
        rmSync(aside, { recursive: true, force: true });
        const [inOutput, inCache] = marks.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''));
        rmSync(marks[0]!, { force: true });
        if (!existsSync(clientDir)) return;
        if (inOutput && inOutput === inCache) renameSync(clientDir, aside);
        else rmSync(clientDir, { recursive: true });
      },
      'astro:build:ssr': () => {
        if (existsSync(aside)) moveMissing(aside, clientDir);
      },
      'astro:build:done': ({ assets, logger }) => {
        rmSync(aside, { recursive: true, force: true });
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = removeStale(outDir, (file, modified) => modified < started && !pages.has(file));
        if (removed) logger.info(`Removed ${removed} file(s) this build no longer makes.`);
        const mark = randomUUID();
        for (const file of marks) {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, mark);
        }
      },
    },
  };
}

/** Moves what `from` holds and `to` does not into `to`: a folder `to` lacks moves whole. */
function moveMissing(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existsSync(target)) renameSync(source, target);
    else if (entry.isDirectory() && statSync(target).isDirectory()) moveMissing(source, target);
  }
}

/** Deletes the files under `dir` that `stale` picks, then the folders left empty; answers how many files. */
function removeStale(dir: string, stale: (file: string, modifiedMs: number) => boolean): number {
  let removed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // An output folder deployed as a git checkout keeps its history, as Astro's emptying did.
    if (entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removed += removeStale(path, stale);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (stale(path, statSync(path).mtimeMs)) {
      unlinkSync(path);
      removed++;
    }
  }
  return removed;
}
