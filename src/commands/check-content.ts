/**
 * The editors' safety net beyond the build (`npm run check:content` builds first):
 * spelling (cspell with content/dictionary.txt), every internal link and #anchor of the built site,
 * duplicate or reserved addresses, duplicate headlines, impossible dates, leftover template TODOs.
 * Prints each problem with file, line and fix.
 *   node src/commands/check-content.ts [--content DIR] [--dist DIR (the static files, dist/client)]
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
} from '../tooling/content-check.ts';
import { staticDir } from '../lib/build-output.ts';
import { contentDir, piecesDir } from '../lib/content-paths.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentDir },
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

const pieces = piecesDir(values.content);
const problems = [
  ...spelling(pieceFiles(pieces)),
  ...checkPieces(pieces),
  ...checkBuiltLinks(values.dist, pieces),
];

if (problems.length > 0) {
  console.error(
    `The content check found ${problems.length} problem(s):\n\n${problems.map(formatProblem).join('\n\n')}`,
  );
  process.exitCode = 1;
} else {
  console.log(`Content check passed: ${pieceFiles(pieces).length} piece(s), spelling, links and anchors.`);
}
