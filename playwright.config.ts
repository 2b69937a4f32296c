import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { distDir } from './src/lib/build-output.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './src/tooling/chromium.ts';
import { NEWSROOM } from './tests/support/newsroom.ts';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
};

/**
 * Each build is served by the production server (`npm start` runs the same entry), with a poll
 * store of its own so no run sees another's votes. Workers load this file too: the environment
 * variable makes them agree on one store instead of each making one.
 */
function server(name: string, distDir: string, port: number) {
  const key = `E2E_POLL_DB_${name.toUpperCase()}`;
  return {
    command: 'node src/commands/serve.ts',
    url: `http://localhost:${port}/`,
    env: {
      HOST: 'localhost',
      PORT: String(port),
      DIST_DIR: distDir,
      POLL_DB_PATH: (process.env[key] ??= join(
        mkdtempSync(join(tmpdir(), `e2e-polls-${name}-`)),
        'polls.sqlite',
      )),
    },
    reuseExistingServer: false,
    timeout: 60_000,
  };
}

// Fixed, so both projects' base URLs are known when the file loads; E2E_PORT moves both (two
// checkouts testing on one machine).
const NEWSROOM_PORT = Number(process.env['E2E_PORT'] ?? 4399);
const SITE_PORT = NEWSROOM_PORT + 1;

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['json', { outputFile: process.env['E2E_REPORT'] ?? 'reports/playwright.json' }]],
  // Screenshots (tests/e2e/newsroom/screenshots.spec.ts) are rendered by the same Chromium with the
  // site's own fonts, so they match to the pixel; a sliver of slack absorbs antialiasing noise.
  expect: { toHaveScreenshot: { maxDiffPixelRatio: 0.001 } },
  projects: [
    // What every piece and page does, on the fixture newsroom (npm run build:fixtures): these tests
    // never change when editors publish.
    {
      name: 'newsroom',
      testDir: 'tests/e2e/newsroom',
      use: { ...chromium, baseURL: `http://localhost:${NEWSROOM_PORT}` },
    },
    // Quality gates over whatever the real content builds to (npm run build), page by page.
    {
      name: 'site',
      testDir: 'tests/e2e/site',
      use: { ...chromium, baseURL: `http://localhost:${SITE_PORT}` },
    },
    // The piece editor, under an astro dev of its own (tests/support/editor-test.ts) on a copy of
    // the fixture newsroom and the launch piece. `npm test` runs it alone, after the builds. One
    // worker at a time: a test that builds the site shares the project's .astro/ folder with every
    // dev server running beside it.
    { name: 'editor', testDir: 'tests/e2e/editor', use: chromium, workers: 1 },
  ],
  webServer: [server('newsroom', NEWSROOM.outDir, NEWSROOM_PORT), server('site', distDir(), SITE_PORT)],
});
