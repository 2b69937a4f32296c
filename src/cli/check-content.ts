/**
 * The editors' safety net beyond the build (`npm run check:content` builds first):
 * spelling (cspell with content/dictionary.txt), every internal link and #anchor of the built site,
 * duplicate addresses and headlines, impossible dates. Prints each problem with file, line and fix.
 *   node src/cli/check-content.ts [--articles DIR] [--dist DIR (the static files, dist/client)]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkBuiltLinks,
  checkPieces,
  formatProblem,
  pieceFiles,
  spellingProblems,
  type Problem,
} from '../lib/content-check.ts';
import { staticDir } from '../lib/built-site.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: process.env['ARTICLES_DIR'] ?? 'content/articles' },
    dist: { type: 'string', default: staticDir() },
  },
});

function spelling(files: string[]): Problem[] {
  // cspell's package exports no path to its CLI, so run the bin npm links for it.
  const cspell = join(process.cwd(), 'node_modules', 'cspell', 'bin.mjs');
  const run = spawnSync(
    process.execPath,
    [cspell, '--no-progress', '--no-summary', '--no-color', '--no-must-find-files', ...files],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`cspell failed to run:\n${run.stderr}`);
  return spellingProblems(run.stdout);
}

const problems = [
  ...spelling(pieceFiles(values.articles)),
  ...checkPieces(values.articles),
  ...checkBuiltLinks(values.dist, values.articles),
];

if (problems.length > 0) {
  console.error(
    `The content check found ${problems.length} problem(s):\n\n${problems.map(formatProblem).join('\n\n')}`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `Content check passed: ${pieceFiles(values.articles).length} piece(s), spelling, links and anchors.`,
  );
}
