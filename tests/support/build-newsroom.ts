/**
 * Builds the fixture newsroom once per test run (`npm run build:fixtures`, part of `npm test`)
 * the way `npm run build` builds the real site (src/tooling/site-build.ts: a build folder of its
 * own, switched in whole), from its own content folder. Its caches persist between runs, like the
 * real site's.
 */
import { buildSite } from '../../src/tooling/site-build.ts';
import { editorEnv } from './build-fixture.ts';
import { NEWSROOM } from './newsroom.ts';

const env = editorEnv({
  CONTENT_DIR: NEWSROOM.contentDir,
  DIST_DIR: NEWSROOM.outDir,
  ASTRO_CACHE_DIR: NEWSROOM.cacheDir,
});
if (!buildSite({ dist: NEWSROOM.outDir, env }).ok) {
  console.error('The fixture newsroom did not build.');
  process.exit(1);
}
console.log(`Fixture newsroom built in ${NEWSROOM.outDir}`);
