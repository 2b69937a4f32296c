import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './src/lib/chromium.ts';

const port = 4399;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { baseURL: `http://localhost:${port}` },
  projects: [{ name: 'chromium', use: chromium }],
  // Tests run against the built site (`npm test` builds first), served by the production server
  // (`npm start`), with a poll store of their own so no run sees another's votes. Workers load
  // this file too: the environment variable makes them agree on one store instead of each making one.
  webServer: {
    command: 'node dist/server/entry.mjs',
    url: `http://localhost:${port}/`,
    env: {
      HOST: 'localhost',
      PORT: String(port),
      POLL_DB_PATH: (process.env['E2E_POLL_DB'] ??= join(
        mkdtempSync(join(tmpdir(), 'e2e-polls-')),
        'polls.sqlite',
      )),
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
