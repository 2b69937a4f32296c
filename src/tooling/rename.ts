import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlierId } from '../features/moved-pieces/moved.ts';
import { editionOfPiece, isDefaultEdition, prefixedEdition } from '../features/editions/editions.ts';
import { piecesDir } from '../lib/content-paths.ts';
import { piecePath, reservedSegments } from '../lib/routes.ts';
import { setFrontmatter } from './editor/frontmatter-edit.ts';
import { renameInManifest } from './link-manifest.ts';
import { findPiece, frontmatterOf, pieceIds, translationsOf, updateManifest } from './piece-files.ts';

/** What a slug may be: what the build makes of a file name (lowercase words joined by hyphens). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A piece's slug within its edition: `summit` of `ja/summit`. */
const slugOf = (id: string) => id.slice(id.indexOf('/') + 1);

/**
 * Renames a piece so every link to it keeps working (`npm run rename`, and the browser editor's
 * Rename): moves its file or folder to the new name, adds the old slug to its `redirectFrom` (kept
 * oldest first, so a second rename chains and every earlier address goes straight to the newest),
 * points its translations' `translationOf` at the new name, and records in the links manifest the
 * old addresses as redirects and the same links under the new one. `to` is a slug, or an id in
 * the piece's edition (`ja/new`). Refuses, naming both, a name another piece has or had, or that
 * a page of the site uses. Returns the files it changed (a moved file or folder under its old and
 * new paths).
 */
export function renamePiece({ contentDir, from, to }: { contentDir: string; from: string; to: string }): {
  changed: string[];
} {
  const piece = findPiece(contentDir, from.trim());
  const edition = editionOfPiece(piece.id);
  const written = to.trim();
  const toId =
    isDefaultEdition(edition) || written.startsWith(`${edition.code}/`)
      ? written
      : `${edition.code}/${written}`;
  const toSlug = isDefaultEdition(edition) ? toId : slugOf(toId);
  const fail = (message: string) => {
    throw new Error(
      `Cannot rename ${piecePath(piece.id)} to ${piecePath(toId)}: ${message} Nothing was changed.`,
    );
  };
  if (!SLUG.test(toSlug) || (!isDefaultEdition(edition) && editionOfPiece(toId) !== edition)) {
    fail(
      `"${written}" is not a slug in the piece's edition. A slug is lowercase letters, digits and single hyphens, like japan-vietnam-summit` +
        (isDefaultEdition(edition) ? '.' : `; a translation keeps its edition (${edition.code}/<slug>).`),
    );
  }
  if (isDefaultEdition(edition) && prefixedEdition(toSlug)) {
    fail(`/${toSlug}/ is the ${prefixedEdition(toSlug)!.name} edition's front page.`);
  }
  if (toId === piece.id) fail('it already has that address.');
  const data = frontmatterOf(piece);
  if (data['withdrawn']) {
    fail('it is withdrawn, so its addresses answer 410 Gone; a withdrawn piece keeps its name.');
  }
  if (reservedSegments(edition).includes(toSlug)) {
    fail(`${piecePath(toId)} is a page of the site itself (its ${toSlug} pages). Choose another slug.`);
  }
  const existing = pieceIds(contentDir).includes(toId) ? findPiece(contentDir, toId) : undefined;
  if (existing) fail(`${existing.file} already has that address. Choose another slug.`);
  const earlier = (data['redirectFrom'] as string[] | undefined) ?? [];
  for (const other of pieceIds(contentDir)) {
    if (other === piece.id) continue;
    const otherPiece = findPiece(contentDir, other);
    const theirs = (frontmatterOf(otherPiece)['redirectFrom'] as string[] | undefined) ?? [];
    if (theirs.some((slug) => earlierId(other, slug) === toId)) {
      fail(
        `${piecePath(toId)} was an address of ${otherPiece.file} (its redirectFrom), and still leads to it. Choose another slug.`,
      );
    }
  }

  // The old slug joins the earlier ones; the new one, if it was an earlier one, is the address again.
  const redirectFrom = [...earlier.filter((slug) => slug !== toSlug), slugOf(piece.id)];
  const target = join(piecesDir(contentDir), piece.folder ? toId : `${toId}.mdx`);
  if (existsSync(target)) fail(`${target} is in the way.`);
  const source = readFileSync(piece.file, 'utf8');
  writeFileSync(piece.file, setFrontmatter(source, { redirectFrom }));
  renameSync(piece.entry, target);
  const changed = [piece.entry, target];

  for (const translation of translationsOf(contentDir, piece.id)) {
    const text = readFileSync(translation.file, 'utf8');
    writeFileSync(translation.file, setFrontmatter(text, { translationOf: toId }));
    changed.push(translation.file);
  }
  changed.push(...updateManifest(contentDir, (manifest) => renameInManifest(manifest, piece.id, toId)));
  return { changed };
}
