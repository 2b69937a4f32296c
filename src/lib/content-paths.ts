import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The content folder a build reads: `content/` (pieces, tags, dictionary, published links), or the
 * folder `CONTENT_DIR` names, so tests and the benchmark build fixture newsrooms of their own and
 * never touch the real one.
 */
export const contentDir = process.env['CONTENT_DIR'] ?? 'content';

/** Where a content folder keeps its pieces: one `.mdx` file each (`<slug>.mdx`). */
export const piecesDir = (dir: string = contentDir) => join(dir, 'pieces');

/** The allowed topic tags of a content folder. */
export const tagsFile = (dir: string = contentDir) => join(dir, 'tags.json');

/** Every link the site has published, like a lockfile (src/tooling/link-manifest.ts). */
export const linksFile = (dir: string = contentDir) => join(dir, 'links.lock.json');

/**
 * Pieces used to live in `content/articles/`. A piece left there would silently not be published,
 * so the build stops and says where it goes.
 */
export function refuseOldPiecesFolder(dir: string = contentDir): void {
  const old = join(dir, 'articles');
  const left = existsSync(old) ? readdirSync(old).filter((file) => file.endsWith('.mdx')) : [];
  if (left.length === 0) return;
  throw new Error(
    `${old}/ holds ${left.join(', ')}, but pieces now live in ${piecesDir(dir)}/ and nothing in ${old}/ ` +
      `is published. Move them: git mv ${old}/*.mdx ${piecesDir(dir)}/`,
  );
}
