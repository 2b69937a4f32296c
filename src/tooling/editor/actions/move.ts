import { existsSync } from 'node:fs';
import { renamePiece } from '../../rename.ts';
import { findPiece } from '../../piece-files.ts';
import { withdrawPiece } from '../../withdraw.ts';
import { changed, Refusal, type Change } from './changes.ts';

/*
 * Rename and Withdraw from the editor: the same code as `npm run rename` and `npm run withdraw`
 * (src/tooling/rename.ts, withdraw.ts), their refusals as the API's JSON errors, their changed
 * files as the editor lists them.
 */

/** The changed files those tools answer, each added, changed or removed (a moved file's old path). */
const asChanges = (files: string[]): Change[] =>
  files.map((file) => changed(file, existsSync(file) ? 'changed' : 'removed'));

/** Renames the piece `id` to `to`; answers its file under the new name and what changed. */
export function renameFromEditor(
  contentDir: string,
  id: string,
  to: string,
): { file: string; changes: Change[] } {
  let result: { changed: string[] };
  try {
    result = renamePiece({ contentDir, from: id, to });
  } catch (error) {
    throw new Refusal(409, 'rename-refused', (error as Error).message);
  }
  const written = to.trim();
  const newId =
    id.includes('/') && !written.includes('/') ? `${id.slice(0, id.indexOf('/'))}/${written}` : written;
  return { file: findPiece(contentDir, newId).file, changes: asChanges(result.changed) };
}

/** Withdraws the piece `id` (and its translations) for `reason`, today. */
export function withdrawFromEditor(contentDir: string, id: string, reason: string): Change[] {
  try {
    return asChanges(withdrawPiece({ contentDir, slug: id, reason, now: new Date() }).changed);
  } catch (error) {
    throw new Refusal(409, 'withdraw-refused', (error as Error).message);
  }
}
