import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import sharp from 'sharp';
import { DEFAULT_EDITION, editionOfPiece } from '../features/editions/editions.ts';
import { checkPlacement } from '../features/editions/placement.ts';
import { piecesDir } from './content-paths.ts';
import { LOCALE } from './locale.ts';
import { LEAD_IMAGE_MIN_WIDTH } from './piece-schema.ts';
import { ProblemError } from './problem.ts';
import { withWrittenMoment } from './schedule.ts';
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

/**
 * Stops the build, naming the file and field, when a piece is not where its edition says
 * (src/features/editions/placement.ts: the edition's folder, the translation's original) or uses a
 * topic without its label in the piece's edition. (An address the site keeps for its own pages, in
 * any edition, is the content check's: src/tooling/content-check/across-pieces.ts.)
 */
export function checkEdition(id: string, piece: string, data: Record<string, unknown>, base: string) {
  const problem = checkPlacement(id, piece, data, base);
  if (problem) throw new ProblemError(problem);
  const edition = editionOfPiece(id);
  const tags = Array.isArray(data['tags']) ? (data['tags'] as unknown[]) : [];
  for (const tag of tags) {
    if (typeof tag === 'string' && isTag(tag) && !hasTagLabel(tag, edition)) {
      throw new ProblemError({
        file: relative(process.cwd(), resolve(piece)),
        field: 'tags',
        message: `the topic "${tag}" has no label in ${edition.name} ("${edition.code}"), so its topic page cannot be made in this edition. Add it in ${TAGS_FILE}, like "${tag}": { "${DEFAULT_EDITION.code}": "…", "${edition.code}": "…" }.`,
      });
    }
  }
}
