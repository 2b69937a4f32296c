// Sums the JSON reports of vitest and Playwright (one per Playwright run) into the one line CI reads:
// "tests: N passed, N failed". A runner that did not report counts as a failure.
import { readFileSync } from 'node:fs';

const [vitestReport, ...playwrightReports] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let missing = false;

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`ci: no test report at ${path} (the runner did not finish)`);
    missing = true;
    return null;
  }
}

const vitest = read(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}

for (const report of playwrightReports) {
  const playwright = read(report);
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    failed += playwright.stats.unexpected;
  }
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing ? 1 : 0);
