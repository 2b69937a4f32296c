/**
 * `npm run publish-due`: publishes the scheduled pieces whose `publishAt` has come. Safe to run
 * every minute (cron or a systemd timer; see the README, "Publishing on a schedule"):
 * - nothing due: says so in one line and exits 0, having built nothing;
 * - another build running (`npm run build`, or the last minute's run): says so and exits 0;
 * - something due: an incremental build (src/tooling/site-build.ts), switched in whole, then one
 *   line per piece that went live (its headline and address); exits 0;
 * - a build that fails, or a `publishAt` that is not a moment: the reason on stderr, exit 1, and
 *   the site stays as it was.
 * `EXPLAINER_NOW` (a moment with its offset) decides what "now" is, for the check and the build.
 */
import { readFileSync } from 'node:fs';
import { distDir } from '../lib/build-output.ts';
import { piecesDir } from '../lib/content-paths.ts';
import { piecePath } from '../lib/routes.ts';
import { NOW_VARIABLE, publicationNow } from '../lib/schedule.ts';
import { absoluteUrl } from '../site.config.ts';
import { describeHolder, takeBuildLock } from '../tooling/build-lock.ts';
import { pieceFiles, pieceSlug } from '../tooling/content-check/pieces.ts';
import { duePieces, nextDue, readPublication, scheduledPieces } from '../tooling/publish-due.ts';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const now = (() => {
  try {
    return publicationNow();
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const dist = distDir();
const lock = takeBuildLock(dist, 'npm run publish-due');
if (!lock.held) {
  console.log(`A build is already running (${describeHolder(lock.holder)}); this run leaves it be.`);
  process.exit(0);
}

const { pieces: scheduled, problems } = scheduledPieces(piecesDir());
if (problems.length > 0) {
  fail(
    `Nothing can be published until this is fixed (the build would stop on it too):\n${problems.join('\n')}`,
  );
}
const before = readPublication(dist);
const due = duePieces(scheduled, new Set(before?.pieces ?? []), now);
if (due.length === 0) {
  const next = nextDue(scheduled, now);
  console.log(`Nothing due at ${now.toISOString()}${next ? `; next: ${next.slug} at ${next.written}` : ''}.`);
  lock.release();
  process.exit(0);
}

console.log(
  `Due at ${now.toISOString()}: ${due.map((piece) => `${piece.slug} (${piece.written})`).join(', ')}. Building…`,
);
const { buildSite, describeBuild } = await import('../tooling/site-build.ts');
const { readFrontmatter } = await import('../tooling/frontmatter.ts');
// The build decides what is published as of the same moment this check did.
const result = buildSite({ dist, env: { ...process.env, [NOW_VARIABLE]: now.toISOString() }, stdio: 'pipe' });
lock.release();
if (!result.ok) {
  fail(`${result.output.trimEnd()}\nThe build failed, so nothing was published: the site is as it was.`);
}

const after = new Set(readPublication(dist)?.pieces ?? []);
const files = new Map(pieceFiles(piecesDir()).map((file) => [pieceSlug(piecesDir(), file), file]));
const headline = (slug: string) => {
  const file = files.get(slug);
  const title = file && readFrontmatter(readFileSync(file, 'utf8'))['title'];
  return typeof title === 'string' ? title : slug;
};
const wentLive = [...after].filter((slug) => !before?.pieces.includes(slug));
for (const slug of wentLive) console.log(`Published “${headline(slug)}”: ${absoluteUrl(piecePath(slug))}`);
for (const slug of before?.pieces.filter((slug) => !after.has(slug)) ?? []) {
  console.log(`No longer published: ${absoluteUrl(piecePath(slug))}`);
}
const seconds = Object.values(result.seconds).reduce((sum, s) => sum + s, 0);
console.log(`Built in ${seconds.toFixed(1)} s; now serving ${describeBuild(result.build!)}.`);

const missed = due.filter((piece) => !after.has(piece.slug));
if (missed.length > 0) {
  fail(
    `Due but still not published, though the build succeeded: ${missed.map((piece) => piece.slug).join(', ')}.`,
  );
}
