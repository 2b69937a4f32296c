import { existsSync, globSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Problem } from '../../lib/problem.ts';
import { closest } from '../../lib/suggest.ts';
import {
  DEFAULT_EDITION,
  editionOfPiece,
  isDefaultEdition,
  prefixedEdition,
  PREFIXED_EDITIONS,
} from './editions.ts';

/** The default edition's pieces in a pieces folder, by id: what a translation may name. */
export const originals = (base: string) =>
  globSync(['*.mdx', '*/index.mdx'], { cwd: base })
    .map((file) => file.replace(/(\/index)?\.mdx$/, ''))
    .filter((id) => !prefixedEdition(id));

/** The original a translation names, as a file of the default edition (`<slug>.mdx` or `<slug>/index.mdx`), if it is there. */
export const originalFile = (base: string, slug: string): string | undefined =>
  [join(base, `${slug}.mdx`), join(base, slug, 'index.mdx')].find((file) => existsSync(file));

/**
 * Why a piece is not where its edition says, naming its file and field, or undefined when it is:
 * a piece in a folder that is no edition's, a translation outside an edition's folder or a piece
 * inside one that names no original, an original that is not there. The build stops on it
 * (src/lib/pieces-loader.ts) and the content check reports it, without a build. Plain Node: no
 * content-folder alias.
 */
export function checkPlacement(
  id: string,
  piece: string,
  data: Record<string, unknown>,
  base: string,
): Problem | undefined {
  const file = relative(process.cwd(), resolve(piece));
  const folder = relative(process.cwd(), resolve(base));
  const problem = (message: string, field?: string): Problem => ({ file, field, message });
  const editionFolders = PREFIXED_EDITIONS.map((e) => `${folder}/${e.code}/ (${e.name})`).join(', ');
  const segments = id.split('/');
  const edition = editionOfPiece(id);
  const depth = isDefaultEdition(edition) ? 1 : 2;
  if (segments.length !== depth) {
    return problem(
      `this piece is in a folder that is no edition's (${segments.slice(isDefaultEdition(edition) ? 0 : 1, -1).join('/')}/). ` +
        `A piece is ${folder}/<name>.mdx, or ${folder}/<name>/index.mdx beside its pictures; a translation is the same in its edition's folder: ${editionFolders}. Move the file.`,
    );
  }
  const translationOf = data['translationOf'];
  if (isDefaultEdition(edition)) {
    if (translationOf === undefined) return undefined;
    return problem(
      `this piece is in the ${DEFAULT_EDITION.name} edition (${folder}/), which has the originals, so it translates nothing. ` +
        `If it is a translation, move it to its edition's folder: ${editionFolders}. Otherwise remove translationOf.`,
      'translationOf',
    );
  }
  if (translationOf === undefined) {
    return problem(
      `a piece in ${folder}/${edition.code}/ is a translation into ${edition.name}: name the piece it translates by its address, like translationOf: ${originals(base)[0] ?? 'the-original'}.`,
      'translationOf',
    );
  }
  if (typeof translationOf !== 'string') return undefined; // the schema says what is wrong
  const named = translationOf.trim();
  if (named.includes('/')) {
    return problem(
      `"${named}" is not a piece of the ${DEFAULT_EDITION.name} edition: a translation names the original it translates, by its address in ${folder}/ (its file name without .mdx).`,
      'translationOf',
    );
  }
  if (!originalFile(base, named)) {
    const hint = closest(named, originals(base));
    return problem(
      `there is no piece "${named}" to translate (looked for ${folder}/${named}.mdx and ${folder}/${named}/index.mdx).` +
        (hint ? ` Did you mean "${hint}"?` : '') +
        ' Write the original’s address: its file name in ' +
        `${folder}/, without .mdx.`,
      'translationOf',
    );
  }
  return undefined;
}
