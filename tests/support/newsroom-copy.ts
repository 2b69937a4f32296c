import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkNodeModules } from '../../src/tooling/built-site.ts';
import { editorEnv } from './build-fixture.ts';
import { NEWSROOM } from './newsroom.ts';

/**
 * A copy of the fixture newsroom in a temporary folder, with its own build folder and cache: `env`
 * builds it and runs its commands as an editor's shell would.
 */
export function newsroomCopy(prefix: string) {
  const work = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  linkNodeModules(work);
  const content = join(work, 'content');
  cpSync(NEWSROOM.contentDir, content, { recursive: true });
  const dist = join(work, 'dist');
  const env = editorEnv({ CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: join(work, 'cache') });
  return { work, content, dist, env };
}
