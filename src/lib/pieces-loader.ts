import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import sharp from 'sharp';
import {
  DEFAULT_EDITION,
  editionOfPiece,
  isDefaultEdition,
  prefixedEdition,
  PREFIXED_EDITIONS,
} from '../features/editions/editions.ts';
import { piecesDir } from './content-paths.ts';
import { LOCALE } from './locale.ts';
import { LEAD_IMAGE_MIN_WIDTH } from './piece-schema.ts';
import { ProblemError } from './problem.ts';
import { withWrittenMoment } from './schedule.ts';
import { closest } from './suggest.ts';
import { hasTagLabel, isTag, TAGS_FILE } from './tags.ts';

/**
 * The pieces collection's loader: Astro's glob loader over the content folder's `pieces/` (a piece
 * is a file, `<slug>.mdx`, or a folder, `<slug>/index.mdx`, with its pictures beside it; a
 * translation is the same in its edition's folder, `<code>/<slug>.mdx`), plus the checks the
 * schema cannot make because they need the piece's place on disk: the edition's folder and the
 * translation's original (`checkEdition`), a lead image that is a file beside the piece, at least
 * 1,200 px wide. Each problem names the file and the field. The schema is handed `publishAt` as
 * the editor wrote it (src/lib/schedule.ts).
 */
export function piecesLoader(base = piecesDir()): Loader {
  // Pages render each piece's compiled module; keeping every raw body in the content store as well
  // held about 25 MB three times over at 1,000 pieces, for nothing.
  const inner = glob({ pattern: '**/*.mdx', base, retainBody: false });
  return {
    ...inner,
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (entry) => {
          if (!entry.filePath) return context.parseData(entry);
          const { filePath } = entry;
          checkEdition(entry.id, filePath, entry.data, base);
          await checkLeadImage(filePath, entry.data);
          // The schema checks publishAt as written: YAML has already forgotten whether it had an offset.
          return context.parseData({
            ...entry,
            data: withWrittenMoment(entry.data, () => readFileSync(filePath, 'utf8')),
          });
        },
      }),
  };
}

/** Stops the build, naming the file and field, when a lead image is not a file beside the piece 1,200 px wide or more. */
export async function checkLeadImage(piece: string, data: Record<string, unknown>) {
  const src = (data['image'] as { src?: unknown } | undefined)?.src;
  if (typeof src !== 'string' || src.trim() === '') return; // the schema says what is missing
  const problem = (message: string) =>
    new ProblemError({ file: relative(process.cwd(), resolve(piece)), field: 'image.src', message });
  const file = resolve(dirname(resolve(piece)), src);
  if (!/^\.\.?\//.test(src)) {
    throw problem(
      `write the lead image's path from the piece's folder, like src: ./${src.replace(/^\/+/, '')}`,
    );
  }
  if (!existsSync(file)) {
    throw problem(
      `there is no picture at ${src} (looked for ${relative(process.cwd(), file)}). ` +
        "Put the picture in the piece's folder (content/pieces/<slug>/), or fix the file name.",
    );
  }
  const { width } = await sharp(file).metadata();
  if (width < LEAD_IMAGE_MIN_WIDTH) {
    throw problem(
      `${src} is ${width} px wide; a lead image must be at least ${LEAD_IMAGE_MIN_WIDTH.toLocaleString(LOCALE)} px ` +
        'wide, so it stays sharp on large screens and in shared links. Use a larger version of the picture.',
    );
  }
}

/** The default edition's pieces in a pieces folder, by id: what a translation may name. */
const originals = (base: string) =>
  globSync(['*.mdx', '*/index.mdx'], { cwd: base })
    .map((file) => file.replace(/(\/index)?\.mdx$/, ''))
    .filter((id) => !prefixedEdition(id));

/**
 * Stops the build, naming the file and field, when a piece is not where its edition says: a
 * piece in a folder that is no edition's, a translation outside an edition's folder or a piece
 * inside one that names no original, an original that is not there, a topic without its label in
 * the piece's edition. (An address the site keeps for its own pages, in any edition, is the
 * content check's: src/tooling/content-check/across-pieces.ts.)
 */
export function checkEdition(id: string, piece: string, data: Record<string, unknown>, base: string) {
  const file = relative(process.cwd(), resolve(piece));
  const folder = relative(process.cwd(), resolve(base));
  const problem = (message: string, field?: string) => new ProblemError({ file, field, message });
  const editionFolders = PREFIXED_EDITIONS.map((e) => `${folder}/${e.code}/ (${e.name})`).join(', ');
  const segments = id.split('/');
  const edition = editionOfPiece(id);
  const depth = isDefaultEdition(edition) ? 1 : 2;
  if (segments.length !== depth) {
    throw problem(
      `this piece is in a folder that is no edition's (${segments.slice(isDefaultEdition(edition) ? 0 : 1, -1).join('/')}/). ` +
        `A piece is ${folder}/<name>.mdx, or ${folder}/<name>/index.mdx beside its pictures; a translation is the same in its edition's folder: ${editionFolders}. Move the file.`,
    );
  }
  const tags = Array.isArray(data['tags']) ? (data['tags'] as unknown[]) : [];
  for (const tag of tags) {
    if (typeof tag === 'string' && isTag(tag) && !hasTagLabel(tag, edition)) {
      throw problem(
        `the topic "${tag}" has no label in ${edition.name} ("${edition.code}"), so its topic page cannot be made in this edition. Add it in ${TAGS_FILE}, like "${tag}": { "${DEFAULT_EDITION.code}": "…", "${edition.code}": "…" }.`,
        'tags',
      );
    }
  }
  const translationOf = data['translationOf'];
  if (isDefaultEdition(edition)) {
    if (translationOf !== undefined) {
      throw problem(
        `this piece is in the ${DEFAULT_EDITION.name} edition (${folder}/), which has the originals, so it translates nothing. ` +
          `If it is a translation, move it to its edition's folder: ${editionFolders}. Otherwise remove translationOf.`,
        'translationOf',
      );
    }
    return;
  }
  if (translationOf === undefined) {
    throw problem(
      `a piece in ${folder}/${edition.code}/ is a translation into ${edition.name}: name the piece it translates by its address, like translationOf: ${originals(base)[0] ?? 'the-original'}.`,
      'translationOf',
    );
  }
  if (typeof translationOf !== 'string') return; // the schema says what is wrong
  const named = translationOf.trim();
  if (named.includes('/')) {
    throw problem(
      `"${named}" is not a piece of the ${DEFAULT_EDITION.name} edition: a translation names the original it translates, by its address in ${folder}/ (its file name without .mdx).`,
      'translationOf',
    );
  }
  if (![join(base, `${named}.mdx`), join(base, named, 'index.mdx')].some((path) => existsSync(path))) {
    const hint = closest(named, originals(base));
    throw problem(
      `there is no piece "${named}" to translate (looked for ${folder}/${named}.mdx and ${folder}/${named}/index.mdx).` +
        (hint ? ` Did you mean "${hint}"?` : '') +
        ' Write the original’s address: its file name in ' +
        `${folder}/, without .mdx.`,
      'translationOf',
    );
  }
}
