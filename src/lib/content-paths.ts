import { join } from 'node:path';

/**
 * The content folder a build reads: `content/` (pieces, tags, dictionary, published links), or the
 * folder `CONTENT_DIR` names, so tests and the benchmark build fixture newsrooms of their own and
 * never touch the real one.
 */
export const contentDir = process.env['CONTENT_DIR'] ?? 'content';

/** Where a content folder keeps its pieces: `<slug>.mdx`, or `<slug>/index.mdx` beside its pictures. */
export const piecesDir = (dir: string = contentDir) => join(dir, 'pieces');

/** The allowed topic tags of a content folder. */
export const tagsFile = (dir: string = contentDir) => join(dir, 'tags.json');

/** The words the spelling check accepts beyond its dictionaries (cspell.json reads content/'s). */
export const dictionaryFile = (dir: string = contentDir) => join(dir, 'dictionary.txt');

/** Every link the site has published, like a lockfile (src/tooling/link-manifest.ts). */
export const linksFile = (dir: string = contentDir) => join(dir, 'links.lock.json');

/** Who writes the pieces: people and desks, by the ids bylines name (src/features/authors/authors.ts). */
export const authorsFile = (dir: string = contentDir) => join(dir, 'authors.yaml');
