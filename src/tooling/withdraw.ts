import { readFileSync, writeFileSync } from 'node:fs';
import { addressesOf } from '../features/moved-pieces/moved.ts';
import { piecePath } from '../lib/routes.ts';
import { setFrontmatter } from './editor/frontmatter-edit.ts';
import { withdrawInManifest } from './link-manifest.ts';
import { findPiece, frontmatterOf, translationsOf, updateManifest, type PieceOnDisk } from './piece-files.ts';

/**
 * Takes a piece off the site (`npm run withdraw`, and the browser editor's Withdraw): writes
 * `withdrawn: { at, reason }` in its frontmatter, so the next build leaves it out of every list
 * (src/lib/pieces.ts, isPublishable) and its addresses answer 410 Gone with a page saying when and
 * why; records its links in the manifest as withdrawn. An original's translations are withdrawn
 * with it, with the same reason (a translation cannot stand without its original; edit its
 * `withdrawn.reason` to put the reason in its language); a translation alone leaves the original
 * be. `now` is the day it is withdrawn (in UTC). Returns the files it changed.
 */
export function withdrawPiece({
  contentDir,
  slug,
  reason,
  now,
}: {
  contentDir: string;
  slug: string;
  reason: string;
  now: Date;
}): { changed: string[] } {
  const piece = findPiece(contentDir, slug.trim());
  const why = reason.trim();
  if (!why) {
    throw new Error(
      `Cannot withdraw ${piecePath(piece.id)}: say why, for readers, like --reason "Withdrawn at the request of a source." Nothing was changed.`,
    );
  }
  const already = frontmatterOf(piece)['withdrawn'] as { at?: Date } | undefined;
  if (already) {
    const when = already.at instanceof Date ? ` on ${already.at.toISOString().slice(0, 10)}` : '';
    throw new Error(
      `${piecePath(piece.id)} was already withdrawn${when} (${piece.file}). Nothing was changed.`,
    );
  }
  const at = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const pieces = [
    piece,
    ...translationsOf(contentDir, piece.id).filter((translation) => !frontmatterOf(translation)['withdrawn']),
  ];
  const changed = pieces.map((each) => withdraw(each, at, why));
  const ids = pieces.flatMap((each) => {
    const earlier = (frontmatterOf(each)['redirectFrom'] as string[] | undefined) ?? [];
    return addressesOf({ id: each.id, data: { redirectFrom: earlier } });
  });
  changed.push(...updateManifest(contentDir, (manifest) => withdrawInManifest(manifest, ids)));
  return { changed };
}

function withdraw(piece: PieceOnDisk, at: Date, reason: string): string {
  const source = readFileSync(piece.file, 'utf8');
  writeFileSync(piece.file, setFrontmatter(source, { withdrawn: { at, reason } }));
  return piece.file;
}
