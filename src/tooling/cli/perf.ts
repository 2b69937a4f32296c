/**
 * Lighthouse performance (`npm run perf`; not in `npm test`: timings are noisy on shared machines).
 * Serves the built site, runs Lighthouse 12 (mobile) 3 times on the home page and a piece
 * in Debian's Chromium, and reports the median performance score, LCP, CLS and TBT to stdout and
 * reports/perf.md.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fixedRoutes, parseRoute } from '../../lib/routes.ts';
import { builtPages, staticDir } from '../built-site.ts';
import { runLighthouse, type LighthouseScores } from '../lighthouse.ts';

const RUNS = 3;
const port = 4397;
const base = `http://localhost:${port}`;
// The home page and the newest piece, whatever the content holds.
const built = builtPages(staticDir());
const pages = [fixedRoutes.home, ...built.filter((page) => parseRoute(page).kind === 'piece').slice(0, 1)];

const server = spawn('npx', ['astro', 'preview', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
});
try {
  await waitFor(base);
  const runs: LighthouseScores[] = [];
  for (let i = 0; i < RUNS; i++)
    runs.push(
      ...(await runLighthouse(
        pages.map((p) => base + p),
        ['performance'],
      )),
    );

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const rows = pages.map((page) => {
    const mine = runs.filter((run) => run.url === base + page);
    const m = (id: string) => median(mine.map((run) => run.metrics[id]!));
    return `| ${page} | ${Math.round(median(mine.map((r) => r.scores['performance']!)) * 100)} | ${(m('largest-contentful-paint') / 1000).toFixed(2)} s | ${m('cumulative-layout-shift').toFixed(3)} | ${Math.round(m('total-blocking-time'))} ms |`;
  });
  const table = `| page | performance | LCP | CLS | TBT |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
  const report = `# Lighthouse performance\n\nLighthouse 12.2.3, mobile preset, Debian Chromium, median of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}.\n\n${table}`;
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/perf.md', report);
  console.log(report);
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}

async function waitFor(url: string) {
  for (let i = 0; i < 60; i++) {
    if (
      await fetch(url)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The preview server did not answer at ${url}; is another astro preview running?`);
}
