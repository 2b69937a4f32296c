/**
 * The editors' safety net beyond the build (`npm run check:content`):
 * first from the files, each edition's pieces: spelling (cspell with content/dictionary.txt, in the
 * edition's language, when cspell has a dictionary for it) of the pieces (their takeaways and updates included), the glossaries and the authors,
 * translations (their original there, its FAQ ids kept), duplicate or reserved addresses, duplicate
 * headlines, impossible dates, leftover template TODOs; then, with --build, the site is built and
 * every internal link and #anchor of the built site checked. The checks from the files are reported
 * whether or not the build passes. Prints each problem as `file:line:column field: what to do`.
 *   node src/commands/check-content.ts [--content DIR] [--build] [--dist DIR (the static files, dist/client)]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { staticDir } from '../lib/build-output.ts';
import { EDITIONS, editionOfPiece, type Edition } from '../features/editions/editions.ts';
import { glossaryFile } from '../features/glossary/glossary.ts';
import { authorsFile, contentDir, piecesDir } from '../lib/content-paths.ts';
import { formatProblem } from '../lib/problem.ts';
import { checkPieces } from '../tooling/content-check/across-pieces.ts';
import { checkBuiltLinks } from '../tooling/content-check/built-links.ts';
import { checkEditions } from '../tooling/content-check/editions.ts';
import { pieceFiles, pieceSlug } from '../tooling/content-check/pieces.ts';
import { spellingLanguages, spellingProblems } from '../tooling/content-check/spelling.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: contentDir },
    build: { type: 'boolean', default: false },
    dist: { type: 'string', default: staticDir() },
  },
});

const pieces = piecesDir(values.content);
const files = pieceFiles(pieces);
// Each piece and each edition's glossary in its edition's language (the glossaries' other checks stop the build);
// the authors' names and bios (one per edition, or one for all) in every language: each author page shows them.
const spelt: { file: string; edition: Edition | readonly Edition[] }[] = [
  ...files.map((file) => ({ file, edition: editionOfPiece(pieceSlug(pieces, file)) })),
  ...EDITIONS.map((edition) => ({ file: glossaryFile(edition.code, values.content), edition })),
  { file: authorsFile(values.content), edition: EDITIONS },
].filter(({ file }) => existsSync(file));
const languages = new Map(
  await Promise.all(EDITIONS.map(async (edition) => [edition, await spellingLanguages(edition)] as const)),
);
const problems = [
  ...(
    await Promise.all(
      spelt.map(({ file, edition }) => spellingProblems(file, readFileSync(file, 'utf8'), edition)),
    )
  ).flat(),
  ...checkPieces(pieces),
  ...checkEditions(pieces),
];

// What cspell cannot check is said, never skipped silently.
const language = new Intl.DisplayNames('en', { type: 'language' });
const unchecked = EDITIONS.filter((edition) => languages.get(edition) === null)
  .map((edition) => ({ edition, count: spelt.filter((entry) => entry.edition === edition).length }))
  .filter(({ count }) => count > 0);
const spelling =
  `Spelling: checked in ${EDITIONS.filter((edition) => languages.get(edition) !== null)
    .map((edition) => language.of(edition.lang))
    .join(', ')}.` +
  unchecked
    .map(
      ({ edition, count }) =>
        ` Not checked in ${language.of(edition.lang)} (${edition.name}, ${count} file(s)): cspell has no dictionary for it` +
        (edition.script === 'cjk' ? ' and cannot split its text into words' : '') +
        '; have it proofread.',
    )
    .join('');

let linksChecked = true;
if (values.build) {
  // The build's output goes to the terminal as it runs; the problems above are reported either way.
  const build = spawnSync(process.execPath, ['src/commands/build.ts'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: values.content },
  });
  linksChecked = build.status === 0;
}
if (linksChecked) problems.push(...checkBuiltLinks(values.dist, pieces));
const notBuilt =
  'The build failed (its messages are above), so the links and anchors of the built site were not checked: ' +
  'fix what it says, then run npm run check:content again.';

if (problems.length > 0) {
  console.error(
    `The content check found ${problems.length} problem(s):\n\n${problems.map(formatProblem).join('\n\n')}\n\n${spelling}` +
      (linksChecked ? '' : `\n${notBuilt}`),
  );
  process.exitCode = 1;
} else if (!linksChecked) {
  console.error(`${spelling}\n${notBuilt}`);
  process.exitCode = 1;
} else {
  console.log(`Content check passed: ${files.length} piece(s), spelling, links and anchors.\n${spelling}`);
}
