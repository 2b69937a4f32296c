/**
 * `npm run build [-- --force]`: the site into dist/ (DIST_DIR), as src/tooling/site-build.ts
 * says: Astro, then the Pagefind index. Pages whose code and content are unchanged are kept from
 * the last build (src/integrations/keep-output.ts); `--force` renders every page.
 */
import { parseArgs } from 'node:util';
import { buildSteps, runBuildSteps } from '../tooling/site-build.ts';

const { values } = parseArgs({ options: { force: { type: 'boolean', default: false } } });
const { ok, seconds } = runBuildSteps(buildSteps(undefined, { force: values.force }));
console.log(
  `${ok ? 'Built' : 'The build failed'}: ${Object.entries(seconds)
    .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
    .join(', ')}.`,
);
process.exitCode = ok ? 0 : 1;
