import { test as base } from '@playwright/test';
import { EDITOR_PATH } from '../../src/integrations/editor-paths.ts';
import { startDevServer, type DevServer } from './dev-server.ts';
import { editorContentDir } from './editor-content.ts';
import { EditorPage } from './editor-page.ts';

/**
 * Playwright's test with the piece editor: one `astro dev` per worker on a temporary copy of the
 * fixture newsroom and the launch piece (./editor-content.ts), and the editor's page object.
 * The dev server is started here, not by the config, so that it runs only with these tests: it
 * shares the project's .astro/ folder with every build (npm test runs these after the builds).
 */
export const test = base.extend<
  { editor: EditorPage },
  { devServer: DevServer; content: string; ownDevServer: boolean }
>({
  // A file whose tests leave the dev server in a state no other test should inherit (a piece moved
  // into a folder: Astro's dev server keeps its old file in mind) sets this: a worker of its own,
  // so a content folder and a dev server of its own.
  ownDevServer: [false, { scope: 'worker', option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter.
  content: [async ({}, use) => use(editorContentDir()), { scope: 'worker' }],
  devServer: [
    async ({ content }, use) => {
      const server = await startDevServer({ CONTENT_DIR: content }, EDITOR_PATH);
      await use(server);
      server.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ devServer }, use) => use(devServer.origin),
  editor: async ({ page }, use) => use(new EditorPage(page)),
});

export { expect } from '@playwright/test';
