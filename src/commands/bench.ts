/**
 * Build benchmark: npm run bench [-- --pieces 100,1000] [--profile DIR] [--heap DIR] [--keep]
 * For each size, generates that many realistic pieces (src/tooling/bench/pieces.ts) in a temporary
 * folder, never in content/, and measures, one build after the other in the same run:
 *   1. the reference: a plain Astro 7 site building the same pieces with the unified pipeline and
 *      nothing of ours (src/tooling/bench/reference-site.ts): ms per piece, peak memory;
 *   2. this site from a clean cache, as `npm run build` builds it: Astro (ms per piece, its ratio to
 *      the reference, peak memory), then Pagefind;
 *   3. one piece edited (a sentence added), rebuilt incrementally: Astro plus Pagefind, in seconds;
 *   4. the bytes a reader downloads for one search on the built site.
 * Writes reports/bench.md. `--profile DIR` writes a CPU profile of each of this site's clean
 * builds; `--heap DIR` a heap snapshot near each one's peak (slow; see the README).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pieceFile, writePieces } from '../tooling/bench/pieces.ts';
import { writeReferenceSite } from '../tooling/bench/reference-site.ts';
import { searchWeight } from '../tooling/bench/search-weight.ts';
import { linkNodeModules } from '../tooling/built-site.ts';
import { ASTRO_ENV, ASTRO_NODE_FLAGS, buildSteps, runBuildSteps } from '../tooling/site-build.ts';

const { values } = parseArgs({
  options: {
    pieces: { type: 'string', default: '100,1000' },
    /** Write a V8 CPU profile of each clean build of this site into this folder. */
    profile: { type: 'string' },
    /** Write heap snapshots of each clean build of this site into this folder (near its peak). */
    heap: { type: 'string' },
    /** Keep the temporary folders (their paths are printed). */
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.pieces.split(',').map(Number);
const project = process.cwd();

interface AstroRun {
  seconds: number;
  peakMB: number;
}

/**
 * `astro build` of the project in `cwd`, in a fresh Node process so its peak memory (max RSS) is
 * this build's alone, with the settings `npm run build` gives Astro (src/tooling/site-build.ts).
 */
function astroBuild(cwd: string, env: NodeJS.ProcessEnv, { force = false, profile = false } = {}): AstroRun {
  const flags = [
    ...ASTRO_NODE_FLAGS,
    ...(profile && values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : []),
    ...(profile && values.heap
      ? ['--heapsnapshot-near-heap-limit=2', `--diagnostic-dir=${resolve(values.heap)}`]
      : []),
  ];
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      ...flags,
      '--input-type=module',
      '-e',
      `import { build } from 'astro'; await build({ logLevel: 'error', force: ${force} }); console.log('MAXRSS', process.resourceUsage().maxRSS);`,
    ],
    {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...ASTRO_ENV, ...env },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`The build in ${cwd} failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds, peakMB: Number(/MAXRSS (\d+)/.exec(run.stdout)?.[1]) / 1024 };
}

interface Result {
  pieces: number;
  reference: AstroRun;
  site: AstroRun;
  pagefindSeconds: number;
  rebuild: { astro: number; pagefind: number };
  search: { bytes: number; requests: number };
}

const results: Result[] = [];
for (const count of sizes) {
  const work = mkdtempSync(join(tmpdir(), `explainer-bench-${count}-`));
  linkNodeModules(work);
  const content = join(work, 'content');
  writePieces(content, count);

  const reference = astroBuild(writeReferenceSite(work, content), {});
  console.log(
    `${count} pieces, reference: ${ms(reference.seconds, count)} ms per piece, peak ${reference.peakMB.toFixed(0)} MB`,
  );

  const outDir = join(work, 'dist');
  const env = { CONTENT_DIR: content, DIST_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache') };
  const site = astroBuild(project, env, { profile: true });
  const [, pagefind] = buildSteps(outDir);
  const indexed = runBuildSteps([pagefind!], { ...process.env, ...env }, 'pipe');
  console.log(
    `${count} pieces, this site: ${ms(site.seconds, count)} ms per piece (${(site.seconds / reference.seconds).toFixed(2)}× the reference), ` +
      `peak ${site.peakMB.toFixed(0)} MB; Pagefind ${indexed.seconds['pagefind']!.toFixed(1)} s`,
  );

  // An editor's correction to one piece, then `npm run build` again.
  appendFileSync(pieceFile(content, 1), '\nOne more sentence, added by the benchmark as an editor would.\n');
  const again = astroBuild(project, env);
  const reindexed = runBuildSteps([pagefind!], { ...process.env, ...env }, 'pipe');
  const rebuild = { astro: again.seconds, pagefind: reindexed.seconds['pagefind']! };
  console.log(
    `${count} pieces, one piece edited: rebuilt in ${(rebuild.astro + rebuild.pagefind).toFixed(1)} s (Astro ${rebuild.astro.toFixed(1)} s, Pagefind ${rebuild.pagefind.toFixed(1)} s)`,
  );

  const search = await searchWeight(outDir, 'Hanoi');
  console.log(
    `${count} pieces, one search: ${(search.bytes / 1024).toFixed(0)} KB in ${search.requests} requests`,
  );
  results.push({
    pieces: count,
    reference,
    site,
    pagefindSeconds: indexed.seconds['pagefind']!,
    rebuild,
    search,
  });
  if (values.keep) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

function ms(seconds: number, pieces: number) {
  return ((seconds * 1000) / pieces).toFixed(0);
}

const rows = results.map(
  (r) =>
    `| ${r.pieces} | ${ms(r.reference.seconds, r.pieces)} ms | ${ms(r.site.seconds, r.pieces)} ms | ${(r.site.seconds / r.reference.seconds).toFixed(2)}× | ` +
    `${r.site.peakMB.toFixed(0)} MB (${r.reference.peakMB.toFixed(0)} MB) | ${r.pagefindSeconds.toFixed(1)} s | ` +
    `${(r.rebuild.astro + r.rebuild.pagefind).toFixed(1)} s | ${(r.search.bytes / 1024).toFixed(0)} KB |`,
);
const report = `# Build benchmark

${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? '?'} cores. Each piece makes its page, a share page per FAQ answer (4), a card for each page (5) and three crops of its image for search engines; the reference makes the page alone. "ms per piece" is Astro's wall time over pieces, from a clean cache.

| pieces | reference ms/piece | this site ms/piece | ratio | peak memory (reference) | Pagefind | rebuild after editing one piece | one search downloads |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.md', report);
console.log(`\n${report}`);
