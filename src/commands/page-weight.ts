/**
 * Page weight (`npm run size`): what a first visit to each page transfers, measured in Chromium
 * against the built site's own server: bytes by kind, raw and as sent compressed, requests, and
 * requests before first paint. Every piece is weighed, and one page of every other kind. Writes
 * reports/page-weight.md and fails when a piece is over budget (src/tooling/budgets.ts), with the
 * figure and the budget. `npm test` holds every piece to the same budgets (tests/e2e/site).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { EDITIONS } from '../features/editions/editions.ts';
import { pieceBudget } from '../tooling/budgets.ts';
import { distinctPages, builtPages } from '../tooling/built-site.ts';
import { staticDir } from '../lib/build-output.ts';
import { startServer } from '../tooling/built-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tooling/chromium.ts';
import { formatTable, overBudget, weighPage, type PageWeight } from '../tooling/page-weight.ts';

const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const pages: PageWeight[] = [];
try {
  for (const path of distinctPages(builtPages(staticDir()))) {
    const context = await browser.newContext();
    pages.push(await weighPage(await context.newPage(), server.url + path));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const table = formatTable(pages);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/page-weight.md', `# Page weight\n\n${table}`);
console.log(table);

const problems = pages.flatMap(overBudget);
if (problems.length > 0) {
  console.error(`Over budget:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  const kb = (bytes: number) => `${bytes / 1024} KB`;
  const budgets = EDITIONS.map((edition) => {
    const budget = pieceBudget(edition);
    return `${edition.code}: ${kb(budget.totalGzip)} transferred, ${kb(budget.jsGzip)} JavaScript (gzip), ${budget.requestsBeforeFirstPaint} requests before first paint`;
  });
  console.log(
    `All ${pages.filter((page) => page.isPiece).length} piece page(s) within their edition's budgets (${budgets.join('; ')}).`,
  );
}
