/**
 * Build benchmark: npm run bench [-- --pieces 10,100,1000]
 * Generates N realistic pieces (about 1,600 words: h2/h3 sections, a table, footnotes, three
 * callouts, an FAQ) in a temporary folder, never in content/, builds them with the real config,
 * and reports wall time, ms per page and peak memory (max RSS) for each N, plus the growth from
 * the second size to the last. Writes reports/bench.md. `--profile DIR` also writes a CPU profile
 * of each build there.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { linkNodeModules } from '../built-site.ts';
import { piecesDir } from '../../lib/content-paths.ts';
import { pieceFiles } from '../content-check.ts';

const { values } = parseArgs({
  options: {
    pieces: { type: 'string', default: '10,100,1000' },
    /** Write a V8 CPU profile of each build into this folder (open it in Chrome DevTools). */
    profile: { type: 'string' },
  },
});
const sizes = values.pieces.split(',').map(Number);

// Sentences from the site's own pieces make the filler read like a real explainer.
const source = pieceFiles(piecesDir('content'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const sentences = source
  .split('\n')
  .filter((line) => /^[A-Z][^<|#[]{80,}$/.test(line))
  .flatMap((line) => line.match(/[^.?!]+[.?!]/g) ?? [])
  .map((s) => s.trim());
let cursor = 0;
const paragraph = (count: number) =>
  Array.from({ length: count }, () => sentences[cursor++ % sentences.length]).join(' ');

function piece(n: number): string {
  const sections = Array.from({ length: 6 }, (_, s) => {
    const callout =
      s < 3
        ? `\n<${['ExpertTip', 'DidYouKnow', 'QuickFact'][s]}>\n${paragraph(2)}\n</${['ExpertTip', 'DidYouKnow', 'QuickFact'][s]}>\n`
        : '';
    return `## Section ${s + 1} of piece ${n}\n\n${paragraph(4)}[^s${s}]\n\n### Detail ${s + 1}.1\n\n${paragraph(4)}\n\n### Detail ${s + 1}.2\n\n${paragraph(4)}\n${callout}`;
  }).join('\n');
  const faq = Array.from(
    { length: 4 },
    (_, q) => `  <Question q="Question ${q + 1} about piece ${n}?">\n    ${paragraph(3)}\n  </Question>`,
  ).join('\n');
  return `---
title: Benchmark piece ${n}
description: A generated piece for the build benchmark.
published: 2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}
byline: Benchmark Desk
dateline: Hanoi
tags: [${TAGS[n % TAGS.length]}, ${TAGS[(n + 1) % TAGS.length]}]
---

${paragraph(4)}

${sections}

| Country | Role |
| --- | --- |
| Japan | Investor |
| Vietnam | Partner |

## Questions about piece ${n}

<FAQ>
${faq}
</FAQ>

${Array.from({ length: 6 }, (_, s) => `[^s${s}]: Source ${s + 1}, [link](https://example.com/${n}/${s}).`).join('\n')}
`;
}

/** The benchmark's own topics (its content folder has its own tag list). */
const TAGS = ['alpha', 'beta', 'gamma', 'delta'];

interface Result {
  pieces: number;
  pages: number;
  seconds: number;
  msPerPage: number;
  peakMB: number;
}

const results: Result[] = [];
for (const count of sizes) {
  const work = mkdtempSync(join(tmpdir(), `explainer-bench-${count}-`));
  linkNodeModules(work);
  const content = join(work, 'content');
  mkdirSync(piecesDir(content), { recursive: true });
  writeFileSync(join(content, 'tags.json'), JSON.stringify(Object.fromEntries(TAGS.map((t) => [t, t]))));
  for (let n = 1; n <= count; n++) writeFileSync(join(piecesDir(content), `bench-${n}.mdx`), piece(n));
  const words = piece(1).split(/\s+/).length;

  // A fresh Node process per build, so its max RSS is this build's peak memory.
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []),
      '--input-type=module',
      '-e',
      "import { build } from 'astro'; await build({ logLevel: 'error' }); console.log('MAXRSS', process.resourceUsage().maxRSS);",
    ],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        ASTRO_OUT_DIR: join(work, 'dist'),
        ASTRO_CACHE_DIR: join(work, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`The build of ${count} pieces failed:\n${run.stdout}\n${run.stderr}`);
  const maxRss = Number(/MAXRSS (\d+)/.exec(run.stdout)?.[1] ?? NaN);
  const pages = spawnSync('find', [join(work, 'dist'), '-name', '*.html'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n').length;
  results.push({ pieces: count, pages, seconds, msPerPage: (seconds * 1000) / count, peakMB: maxRss / 1024 });
  console.log(
    `${count} pieces (${words} words each): ${seconds.toFixed(1)} s, ${((seconds * 1000) / count).toFixed(0)} ms per piece, peak ${(maxRss / 1024).toFixed(0)} MB`,
  );
  rmSync(work, { recursive: true, force: true });
}

const rows = results.map(
  (r) =>
    `| ${r.pieces} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.msPerPage.toFixed(0)} ms | ${((r.seconds * 1000) / r.pages).toFixed(0)} ms | ${r.peakMB.toFixed(0)} MB |`,
);
let growth = '';
if (results.length >= 2) {
  const [a, b] = [results.at(-2)!, results.at(-1)!];
  growth = `\nFrom ${a.pieces} to ${b.pieces} pieces (×${b.pieces / a.pieces}): time ×${(b.seconds / a.seconds).toFixed(1)}, ms per piece ×${(b.msPerPage / a.msPerPage).toFixed(2)}, peak memory ×${(b.peakMB / a.peakMB).toFixed(2)}.\n`;
}
const report = `# Build benchmark\n\n${new Date().toISOString().slice(0, 10)}, Node ${process.version}. "ms per piece" is wall time divided by pieces; each piece emits its page, a share page per FAQ answer and a preview card for each.\n\n| pieces | HTML pages | wall time | ms per piece | ms per HTML page | peak memory |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n${growth}`;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.md', report);
console.log(`\n${report}`);
