/**
 * Renames a piece, keeping every link to it: npm run rename -- <old-slug> <new-slug>
 * (a translation: npm run rename -- ja/<old> ja/<new>). Moves its file or folder, records the old
 * address in its redirectFrom, updates its translations and the links manifest
 * (src/tooling/rename.ts). CONTENT_DIR overrides the content folder.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-paths.ts';
import { piecePath } from '../lib/routes.ts';
import { renamePiece } from '../tooling/rename.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const [from, to] = positionals;
if (!from || !to || positionals.length !== 2) {
  console.error('Name the piece and its new slug: npm run rename -- <old-slug> <new-slug>');
  process.exit(2);
}

try {
  const { changed } = renamePiece({ contentDir, from, to });
  console.log(`Renamed ${piecePath(from)}. Changed:\n  ${changed.join('\n  ')}
Its old addresses (and their share pages and cards) now lead to the new one. Next: npm run build,
npm run links:check, then commit these files.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
