import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { linkNodeModules } from '../../src/tooling/built-site.ts';
import { staticDir } from '../../src/lib/build-output.ts';

/**
 * The environment an editor's shell would give Astro: without the test runner's own variables
 * (VITEST*, NODE_ENV=test), which make Astro behave as if it ran inside a test.
 */
export function editorEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST',
    ),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, without colour codes: what an editor sees in the terminal. */
  output: string;
  /** The build's static files (what a static host would serve). */
  siteDir: string;
  /** The temporary folder holding the build, its cache and its output. */
  work: string;
}

/**
 * Builds the site from a fixture content folder (its `pieces/` and `tags.json`) instead of
 * `content/`, into a temporary folder, the way an editor's `npm run build` would.
 */
export function buildFixture(contentDir: string): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'explainer-build-'));
  linkNodeModules(work);
  const outDir = join(work, 'dist');
  const run = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: editorEnv({
      CONTENT_DIR: contentDir,
      DIST_DIR: outDir,
      ASTRO_CACHE_DIR: join(work, 'cache'),
    }),
  });
  const output = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  return { ok: run.status === 0, output, siteDir: staticDir(outDir), work };
}

export function removeBuild(result: BuildResult) {
  rmSync(result.work, { recursive: true, force: true });
}
