/**
 * Takes a piece off the site: npm run withdraw -- <slug> --reason "Why, for readers."
 * Writes withdrawn: { at: today, reason } in the piece (and its translations) and records its
 * links in the manifest as withdrawn (src/tooling/withdraw.ts). CONTENT_DIR overrides the content
 * folder; EXPLAINER_NOW the day.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-paths.ts';
import { piecePath } from '../lib/routes.ts';
import { publicationNow } from '../lib/schedule.ts';
import { withdrawPiece } from '../tooling/withdraw.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { reason: { type: 'string' } },
});
const [slug] = positionals;
if (!slug || positionals.length !== 1 || values.reason === undefined) {
  console.error('Name the piece and say why: npm run withdraw -- <slug> --reason "Why, for readers."');
  process.exit(2);
}

try {
  const { changed } = withdrawPiece({ contentDir, slug, reason: values.reason, now: publicationNow() });
  console.log(`Withdrew ${piecePath(slug)}. Changed:\n  ${changed.join('\n  ')}
After the next build its addresses answer 410 Gone with the reason, and it is in no list, feed,
sitemap or search. Next: npm run build, npm run links:check, then commit these files.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
