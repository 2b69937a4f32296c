import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionOfPiece, isDefaultEdition, PREFIXED_EDITIONS } from '../features/editions/editions.ts';
import { linksFile, piecesDir } from '../lib/content-paths.ts';
import { closest } from '../lib/suggest.ts';
import { pieceFiles, pieceSlug } from './content-check/pieces.ts';
import { readFrontmatter } from './frontmatter.ts';
import { formatManifest, readManifest, type LinkManifest } from './link-manifest.ts';

/*
 * What `npm run rename` and `npm run withdraw` (and the browser editor's same actions) need of a
 * content folder: where a piece's file is, its frontmatter, its translations, the links manifest.
 */

/** A piece on disk: one file (`<slug>.mdx`), or a folder (`<slug>/index.mdx`) with its pictures. */
export interface PieceOnDisk {
  id: string;
  /** The MDX file. */
  file: string;
  /** What moves when it is renamed: the file, or its folder. */
  entry: string;
  folder: boolean;
}

/** The piece with this id (`summit`, `ja/summit`) in a content folder; fails naming where it looked, with the nearest id. */
export function findPiece(contentDir: string, id: string): PieceOnDisk {
  const base = join(piecesDir(contentDir), id);
  if (existsSync(`${base}.mdx`)) return { id, file: `${base}.mdx`, entry: `${base}.mdx`, folder: false };
  if (existsSync(join(base, 'index.mdx'))) {
    return { id, file: join(base, 'index.mdx'), entry: base, folder: true };
  }
  const hint = closest(id, pieceIds(contentDir));
  throw new Error(
    `There is no piece "${id}" (looked for ${base}.mdx and ${join(base, 'index.mdx')}).` +
      (hint ? ` Did you mean "${hint}"?` : '') +
      ' Name a piece by its address: its file name in the pieces folder without .mdx (a translation with its edition, like ja/<name>).',
  );
}

/** Every piece's id in a content folder. */
export function pieceIds(contentDir: string): string[] {
  const dir = piecesDir(contentDir);
  return pieceFiles(dir).map((file) => pieceSlug(dir, file));
}

/** A piece's frontmatter, as the build reads it. */
export const frontmatterOf = (piece: PieceOnDisk) => readFrontmatter(readFileSync(piece.file, 'utf8'));

/** The translations of an original (every edition's piece whose translationOf names it); none for a translation. */
export function translationsOf(contentDir: string, id: string): PieceOnDisk[] {
  if (!isDefaultEdition(editionOfPiece(id))) return [];
  return pieceIds(contentDir)
    .filter((other) => PREFIXED_EDITIONS.some((edition) => other.startsWith(`${edition.code}/`)))
    .map((other) => findPiece(contentDir, other))
    .filter((piece) => String(frontmatterOf(piece)['translationOf'] ?? '').trim() === id);
}

/** Rewrites the content folder's links manifest, if it has one; the file's path when it changed. */
export function updateManifest(
  contentDir: string,
  change: (manifest: LinkManifest) => LinkManifest,
): string[] {
  const file = linksFile(contentDir);
  if (!existsSync(file)) return [];
  const before = readFileSync(file, 'utf8');
  const after = formatManifest(change(readManifest(file)));
  if (after === before) return [];
  writeFileSync(file, after);
  return [file];
}
