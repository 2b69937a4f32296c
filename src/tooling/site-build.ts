import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { distDir, staticDir } from '../lib/build-output.ts';
import { prepareBuildFolder, removeOldBuilds, switchIn, type BuildFolder } from './build-folders.ts';

/** One step of building the site: a program, its arguments, and settings of its own. */
export interface BuildStep {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

/**
 * How Astro's build runs, for its memory. Measured at 1,000 pieces (peak 1.86 GB by default):
 * Rolldown's allocator keeps what it freed after bundling resident through all of rendering
 * (MIMALLOC_PURGE_DELAY=0 returns it at once), and V8 grows its heap far past the live data while
 * bundling (a lower growth factor keeps it near). Both together: 1.26 GB, time unchanged within noise.
 * The benchmark runs its reference build the same way, so the ratio stays fair.
 */
export const ASTRO_NODE_FLAGS = ['--heap-growing-percent=50'] as const;
export const ASTRO_ENV = { MIMALLOC_PURGE_DELAY: '0' } as const;

/**
 * Pagefind's extended program, which cuts Japanese and Chinese text (written without spaces) into
 * words as it indexes; the standard one files a whole run of Japanese as one word, and searching
 * 首相 would find nothing. The npm package's own `pagefind` command prefers it, but falls back to
 * the standard program (or one named by PAGEFIND_BINARY_PATH) without a word: the build names it.
 */
function pagefindExtended(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@pagefind/${platform}-${process.arch}`;
  const program = `pagefind_extended${platform === 'windows' ? '.exe' : ''}`;
  try {
    return createRequire(join(process.cwd(), 'package.json')).resolve(`${pkg}/bin/${program}`);
  } catch {
    throw new Error(
      `Pagefind's extended program (${pkg}/bin/${program}) is not installed: run \`npm ci\` (the pagefind package installs it for this platform).`,
    );
  }
}

/**
 * What `npm run build` does, in order, for a build into `outDir`: Astro renders the pages (and
 * keeps unchanged ones from the last build), then Pagefind (extended) indexes the pages
 * it finds, one index per `<html lang>` (settings in pagefind.yml). The fixture newsroom and the benchmark build the same way.
 */
export function buildSteps(outDir = distDir(), { force = false } = {}): BuildStep[] {
  return [
    {
      name: 'astro build',
      // Node itself, not node_modules/.bin/astro: V8 flags cannot go through NODE_OPTIONS.
      command: process.execPath,
      args: [...ASTRO_NODE_FLAGS, 'node_modules/astro/bin/astro.mjs', 'build', ...(force ? ['--force'] : [])],
      env: ASTRO_ENV,
    },
    { name: 'pagefind', command: pagefindExtended(), args: ['--site', staticDir(outDir)] },
  ];
}

/** Runs the steps in order, stopping at the first that fails; answers each one's seconds. */
export function runBuildSteps(
  steps: BuildStep[],
  env: NodeJS.ProcessEnv = process.env,
  stdio: 'inherit' | 'pipe' = 'inherit',
): { ok: boolean; seconds: Record<string, number>; output: string } {
  const seconds: Record<string, number> = {};
  let output = '';
  for (const step of steps) {
    const started = performance.now();
    const run = spawnSync(step.command, step.args, { stdio, env: { ...env, ...step.env }, encoding: 'utf8' });
    seconds[step.name] = (performance.now() - started) / 1000;
    output += `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) return { ok: false, seconds, output: `${output}\n${step.name} failed.` };
  }
  return { ok: true, seconds, output };
}

export interface SiteBuild {
  ok: boolean;
  /** Seconds each step took, the build folder's preparation ("copy") included. */
  seconds: Record<string, number>;
  /** What the steps wrote, when run with `stdio: 'pipe'`. */
  output: string;
  /** The build, now served through `dist`, when it succeeded. */
  build?: BuildFolder;
}

/**
 * `npm run build`: the steps above in a build folder, then `dist` pointed at it in one step, and
 * the builds before the last two removed (src/tooling/build-folders.ts). A failed build leaves
 * `dist` on the build it served. Take the build lock (src/tooling/build-lock.ts) first.
 */
export function buildSite({
  dist: given = distDir(),
  force = false,
  env = process.env,
  stdio = 'inherit',
}: {
  dist?: string;
  force?: boolean;
  env?: NodeJS.ProcessEnv;
  stdio?: 'inherit' | 'pipe';
} = {}): SiteBuild {
  const dist = resolve(given);
  const started = performance.now();
  const { dir } = prepareBuildFolder(dist);
  const copy = (performance.now() - started) / 1000;
  const run = runBuildSteps(buildSteps(dir, { force }), { ...env, DIST_DIR: dir }, stdio);
  const seconds = { copy, ...run.seconds };
  if (!run.ok) return { ...run, seconds };
  const { build, previous } = switchIn(dist);
  removeOldBuilds(dist, previous);
  return { ...run, seconds, build };
}

/** "dist-builds/20261224T060001-3fa2c1" (from the project's folder; else the whole path), for messages. */
export function describeBuild(build: BuildFolder): string {
  const path = relative(process.cwd(), build.dir);
  return path.startsWith('..') ? build.dir : path;
}
