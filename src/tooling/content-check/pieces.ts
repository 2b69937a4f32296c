import { globSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { slugify } from '../../lib/slug.ts';

/** The MDX pieces in a folder, as paths under it (relative when the folder is), sorted. */
export function pieceFiles(piecesDir: string): string[] {
  return globSync('**/*.mdx', { cwd: piecesDir })
    .map((file) => join(piecesDir, file))
    .sort();
}

/**
 * The slug Astro's glob loader gives a piece: each path segment slugged, no extension, and a
 * folder's `index` left out (pieces/<slug>/index.mdx is the piece <slug>).
 */
export function pieceSlug(piecesDir: string, file: string): string {
  return relative(piecesDir, file)
    .replace(/\.mdx$/, '')
    .split(sep)
    .map(slugify)
    .join('/')
    .replace(/(^|\/)index$/, '');
}
