/**
 * The editors' safety net beyond the build (`npm run check:content` builds first):
 * spelling (cspell with content/dictionary.txt) of the pieces (their takeaways and updates included), the glossary and the authors, every internal link and #anchor of the built site,
 * duplicate or reserved addresses, duplicate headlines, impossible dates, leftover template TODOs.
 * Prints each problem as `file:line:column field: what to do`.
 *   node src/commands/check-content.ts [--content DIR] [--dist DIR (the static files, dist/client)]
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { staticDir } from '../lib/build-output.ts';
import { DEFAULT_GLOSSARY, glossaryFile } from '../features/glossary/glossary.ts';
import { authorsFile, contentDir, piecesDir } from '../lib/content-paths.ts';
import { formatProblem } from '../lib/problem.ts';
import { checkPieces } from '../tooling/content-check/across-pieces.ts';
import { checkBuiltLinks } from '../tooling/content-check/built-links.ts';
import { pieceFiles } from '../tooling/content-check/pieces.ts';
import { spellingProblems } from '../tooling/content-check/spelling.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentDir },
    dist: { type: 'string', default: staticDir() },
  },
});

const pieces = piecesDir(values.content);
const files = pieceFiles(pieces);
// The glossary's own checks stop the build; its words are checked here, in the site's language.
const glossary = glossaryFile(DEFAULT_GLOSSARY, values.content);
// The authors' names and bios are read on every author page.
const authors = authorsFile(values.content);
const spelt = [...files, ...[glossary, authors].filter((file) => existsSync(file))];
const problems = [
  ...(await Promise.all(spelt.map((file) => spellingProblems(file, readFileSync(file, 'utf8'))))).flat(),
  ...checkPieces(pieces),
  ...checkBuiltLinks(values.dist, pieces),
];

if (problems.length > 0) {
  console.error(
    `The content check found ${problems.length} problem(s):\n\n${problems.map(formatProblem).join('\n\n')}`,
  );
  process.exitCode = 1;
} else {
  console.log(`Content check passed: ${files.length} piece(s), spelling, links and anchors.`);
}
