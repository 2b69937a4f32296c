/**
 * Page-weight report and budget (`npm run size`, part of `npm test`): bytes per page by kind, raw
 * and gzip, and request counts, from the built site. Writes reports/page-weight.md; fails when a
 * piece's page is over budget, with the figure and the budget. Bytes are deterministic, so this is
 * a test, unlike timings.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PIECE_BUDGET } from '../budgets.ts';
import { staticDir } from '../built-site.ts';
import { formatTable, overBudget, weighSite } from '../page-weight.ts';

const dist = process.argv[2] ?? staticDir();
const pages = weighSite(dist);
const table = formatTable(pages);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/page-weight.md', `# Page weight\n\n${table}`);
console.log(table);

const problems = pages.flatMap(overBudget);
const pieces = pages.filter((page) => page.isPiece).length;
if (problems.length > 0) {
  console.error(`Over budget:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(
    `All ${pieces} piece page(s) within budget: at most ${PIECE_BUDGET.totalGzip / 1024} KB transferred, ` +
      `${PIECE_BUDGET.jsGzip / 1024} KB JavaScript (gzip), ${PIECE_BUDGET.requestsBeforeFirstPaint} requests before first paint.`,
  );
}
