/**
 * Lighthouse (`npm run perf`; not in `npm test`: timings are noisy on shared machines). Serves the
 * built site with its own production server, runs Lighthouse 12 (mobile preset, simulated
 * throttling) 3 times on the home page and every piece in Debian's Chromium, and reports the
 * median score of each of the four categories with LCP, CLS and TBT to stdout and reports/perf.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fixedRoutes, parseRoute } from '../lib/routes.ts';
import { builtPages } from '../tooling/built-site.ts';
import { staticDir } from '../lib/build-output.ts';
import { startServer } from '../tooling/built-server.ts';
import { runLighthouse, type LighthouseScores } from '../tooling/lighthouse.ts';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const pages = [
  fixedRoutes.home,
  ...builtPages(staticDir()).filter((page) => parseRoute(page).kind === 'piece'),
];

const server = await startServer();
const runs: LighthouseScores[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    runs.push(
      ...(await runLighthouse(
        pages.map((page) => server.url + page),
        CATEGORIES,
      )),
    );
  }
} finally {
  await server.stop();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows = pages.map((page) => {
  const mine = runs.filter((run) => run.url === server.url + page);
  const score = (id: string) => Math.round(median(mine.map((run) => run.scores[id]!)) * 100);
  const metric = (id: string) => median(mine.map((run) => run.metrics[id]!));
  return `| ${page} | ${CATEGORIES.map(score).join(' | ')} | ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s | ${metric('cumulative-layout-shift').toFixed(3)} | ${Math.round(metric('total-blocking-time'))} ms |`;
});
const table = `| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n`;
const report = `# Lighthouse\n\nLighthouse 12.2.3, mobile preset (simulated throttling), Debian Chromium, the site's own server, median of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}.\n\n${table}`;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/perf.md', report);
console.log(report);
