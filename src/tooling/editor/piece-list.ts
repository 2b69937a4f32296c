import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { editionOfPiece, EDITIONS, isDefaultEdition } from '../../features/editions/editions.ts';
import { originalFile } from '../../features/editions/placement.ts';
import { piecePath } from '../../lib/routes.ts';
import { pieceFiles, pieceSlug } from '../content-check/pieces.ts';
import { readFrontmatter } from '../frontmatter.ts';

/** One edition of a listed piece: its file when it has one, else none (a translation to start). */
export interface ListedEdition {
  code: string;
  /** BCP 47, for the `lang` of its name. */
  lang: string;
  /** The edition's name in its own language. */
  name: string;
  /** The file, from the pieces folder; absent when the piece has no version in this edition. */
  file?: string;
  draft?: boolean;
}

/** A piece as the editor lists it: the original, with its version in every edition. */
export interface ListedPiece {
  file: string;
  /** Its file's name without .mdx (or /index.mdx): what a translation's translationOf names. */
  name: string;
  title: string;
  draft: boolean;
  path: string;
  editions: ListedEdition[];
}

/**
 * The pieces of a pieces folder for the editor's list, drafts included: each original with its
 * editions in the editions' order, its translations found by their `translationOf`. A translation
 * whose original is not there is listed on its own, so it can still be opened and fixed.
 */
export function listPieces(dir: string): ListedPiece[] {
  const listed = new Map<string, ListedPiece>();
  const translations: { original: string; code: string; file: string; draft: boolean }[] = [];
  for (const file of pieceFiles(dir)) {
    const slug = pieceSlug(dir, file);
    const data = readFrontmatter(readFileSync(file, 'utf8'));
    const edition = editionOfPiece(slug);
    const name = relative(dir, file).replace(/(\/index)?\.mdx$/, '');
    const piece: ListedPiece = {
      file: relative(dir, file),
      name,
      title: typeof data['title'] === 'string' && data['title'].trim() ? data['title'] : relative(dir, file),
      draft: data['draft'] === true,
      path: piecePath(slug),
      editions: EDITIONS.map((e) => ({ code: e.code, lang: e.lang, name: e.name })),
    };
    const named = data['translationOf'];
    if (isDefaultEdition(edition) || typeof named !== 'string' || !originalFile(dir, named.trim())) {
      piece.editions = piece.editions.map((e) =>
        e.code === edition.code ? { ...e, file: piece.file, draft: piece.draft } : e,
      );
      // A translation without its original offers no other edition: it has nothing to start from.
      if (!isDefaultEdition(edition)) piece.editions = piece.editions.filter((e) => e.file);
      listed.set(name, piece);
    } else
      translations.push({ original: named.trim(), code: edition.code, file: piece.file, draft: piece.draft });
  }
  for (const { original, code, file, draft } of translations) {
    const piece = listed.get(original);
    if (piece) piece.editions = piece.editions.map((e) => (e.code === code ? { ...e, file, draft } : e));
  }
  return [...listed.values()];
}
