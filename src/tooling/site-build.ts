import { spawnSync } from 'node:child_process';
import { staticDir } from './built-site.ts';

/** One step of building the site: a program from node_modules/.bin and its arguments. */
export interface BuildStep {
  name: string;
  command: string;
  args: string[];
}

/**
 * What `npm run build` does, in order, for a build into `outDir`: Astro renders the pages (and
 * copies unchanged ones from its incremental-build cache), then Pagefind indexes the pages it
 * finds (settings in pagefind.yml). The fixture newsroom and the benchmark build the same way.
 */
export function buildSteps(
  outDir = process.env['ASTRO_OUT_DIR'] ?? 'dist',
  { force = false } = {},
): BuildStep[] {
  return [
    { name: 'astro build', command: 'astro', args: ['build', ...(force ? ['--force'] : [])] },
    { name: 'pagefind', command: 'pagefind', args: ['--site', staticDir(outDir)] },
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
    const run = spawnSync(`node_modules/.bin/${step.command}`, step.args, { stdio, env, encoding: 'utf8' });
    seconds[step.name] = (performance.now() - started) / 1000;
    output += `${run.stdout ?? ''}${run.stderr ?? ''}`;
    if (run.status !== 0) return { ok: false, seconds, output: `${output}\n${step.name} failed.` };
  }
  return { ok: true, seconds, output };
}
