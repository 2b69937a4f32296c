/**
 * Builds the fixture newsroom once per test run (`npm run build:fixtures`, part of `npm test`):
 * `astro build` with its content folder, then its Pagefind index, as `npm run build` does for
 * the real site. Its card cache persists between runs, like the real site's.
 */
import { spawnSync } from 'node:child_process';
import { editorEnv } from './build-fixture.ts';
import { NEWSROOM } from './newsroom.ts';

const env = editorEnv({
  CONTENT_DIR: NEWSROOM.contentDir,
  ASTRO_OUT_DIR: NEWSROOM.outDir,
  ASTRO_CACHE_DIR: NEWSROOM.cacheDir,
});
for (const [command, ...args] of [
  ['astro', 'build'],
  ['pagefind', '--site', NEWSROOM.siteDir],
]) {
  const run = spawnSync(`node_modules/.bin/${command}`, args, { stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error(`The fixture newsroom did not build: ${command} ${args.join(' ')} failed.`);
    process.exit(1);
  }
}
console.log(`Fixture newsroom built in ${NEWSROOM.outDir}`);
