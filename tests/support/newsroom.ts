import { piecesDir } from '../../src/lib/content-paths.ts';
import { staticDir } from '../../src/lib/build-output.ts';

/**
 * The fixture newsroom (tests/fixtures/newsroom): a content folder made for the tests, built once
 * per run by `npm run build:fixtures` (tests/support/build-newsroom.ts). The end-to-end and build
 * suites read this build, so they never change when editors publish in content/.
 */
export const NEWSROOM = {
  contentDir: 'tests/fixtures/newsroom',
  piecesDir: piecesDir('tests/fixtures/newsroom'),
  /** Inside node_modules, so the server bundle finds the project's packages by walking up. */
  outDir: 'node_modules/.cache/explainer/newsroom/dist',
  cacheDir: 'node_modules/.cache/explainer/newsroom/cache',
  get siteDir() {
    return staticDir(this.outDir);
  },
} as const;
