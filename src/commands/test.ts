/**
 * `npm test`: every check, in as little wall time as two cores allow. Steps that do not depend on
 * each other run side by side; each one's output is printed whole when it ends, so two runners
 * never interleave their lines.
 *   1. the real site's build and content check, then the fixture newsroom's build (one build at
 *      a time: builds share the project's .astro/ folder);
 *   2. every vitest suite, in one vitest (unit, site, server, build: npm run test:vitest), beside
 *      Playwright (which serves both builds and weighs every piece against its budgets);
 *   3. the piece editor's browser tests, alone: their dev server and the build they run share the
 *      project's .astro/ folder with every other build, as step 1's do.
 * Exits non-zero if any step failed, after every step has run.
 */
import { spawn } from 'node:child_process';

type Step = string;

function run(script: Step, env: Record<string, string> = {}): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stdout.write(`\n── npm run ${script} (${seconds} s, ${code === 0 ? 'passed' : 'FAILED'}) ──\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

const together = async (...steps: Step[]) =>
  (await Promise.all(steps.map((step) => run(step)))).every(Boolean);

console.log('Running: check:content, build:fixtures, then test:vitest beside test:e2e, then test:editor.');
const built = (await run('check:content')) && (await run('build:fixtures'));
const results = [built];
// The suites need both builds; without them every test would fail for the same reason.
if (built) results.push(await together('test:vitest', 'test:e2e'));
results.push(await run('test:editor', { E2E_REPORT: 'reports/playwright-editor.json' }));
process.exitCode = results.every(Boolean) ? 0 : 1;
