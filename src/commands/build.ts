/**
 * `npm run build [-- --force]`: the site, as src/tooling/site-build.ts says: Astro, then the
 * Pagefind index, in a build folder of its own (dist-builds/<id>), then dist/ (DIST_DIR) pointed at
 * it in one step. Pages whose code and content are unchanged are kept from the last build
 * (src/integrations/keep-output.ts); `--force` renders every page. One build at a time: while
 * another runs (`npm run publish-due`, another `npm run build`), it says so and stops.
 */
import { parseArgs } from 'node:util';
import { distDir } from '../lib/build-output.ts';
import { describeHolder, takeBuildLock } from '../tooling/build-lock.ts';
import { buildSite, describeBuild } from '../tooling/site-build.ts';

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
const lock = takeBuildLock(distDir(), 'npm run build');
if (!lock.held) {
  console.error(
    `Another build is running (${describeHolder(lock.holder)}): build again once it has finished.`,
  );
  process.exit(1);
}
const { ok, seconds, build } = buildSite({ force: values.force });
lock.release();
console.log(
  `${ok ? 'Built' : 'The build failed'}: ${Object.entries(seconds)
    .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
    .join(', ')}.${build ? ` Serving ${describeBuild(build)}.` : ''}`,
);
process.exitCode = ok ? 0 : 1;
