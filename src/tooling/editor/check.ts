import { relative, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { piecesDir as defaultPiecesDir } from '../../lib/content-paths.ts';
import { pieceSchema } from '../../lib/piece-schema.ts';
import { checkLeadImage } from '../../lib/pieces-loader.ts';
import { placeAt, problemFromError, type Problem } from '../../lib/problem.ts';
import { withWrittenMoment } from '../../lib/schedule.ts';
import { markdownOptions } from '../../markdown/pipeline.ts';
import { editionOfPiece } from '../../features/editions/editions.ts';
import { checkPieces } from '../content-check/across-pieces.ts';
import { checkEditions } from '../content-check/editions.ts';
import { pieceSlug } from '../content-check/pieces.ts';
import { spellingProblems } from '../content-check/spelling.ts';
import {
  blankFrontmatter,
  fieldOffset,
  frontmatterDocument,
  frontmatterRange,
  readFrontmatter,
} from '../frontmatter.ts';

/**
 * Every problem the build and the content check would find in this text of `file`, before it is
 * saved: the frontmatter against the content schema (each at its field), the lead image's file,
 * the MDX through the site's own Markdown pipeline (unknown components, wrong props, broken
 * footnotes, missing pictures, at their lines), spelling in the piece's edition's language, and the
 * checks across pieces (a headline or address another piece has, a TODO left in a piece that is not
 * a draft, an impossible date, a translation's original and FAQ ids).
 * Each carries its line, column and field as the checks found them.
 */
export async function checkPieceSource(
  file: string,
  source: string,
  piecesDir = defaultPiecesDir(),
): Promise<Problem[]> {
  const name = relative(process.cwd(), resolve(file));
  const problems: Problem[] = [];
  /** A field's place in the file, or the frontmatter's first line for a field not written. */
  const placeOf = (path: readonly PropertyKey[]) => {
    const offset = fieldOffset(source, path) ?? frontmatterRange(source)?.start;
    return offset === undefined ? {} : placeAt(source, offset);
  };

  // YAML the build cannot read stops it before anything else is checked: said at its place.
  const parsed = frontmatterDocument(source);
  for (const error of parsed?.document.errors ?? []) {
    problems.push({
      file: name,
      ...placeAt(source, parsed!.range.start + error.pos[0]),
      message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (problems.length > 0) return problems;

  // publishAt as written, as the build's loader hands it to the schema (YAML forgets its offset).
  const data = withWrittenMoment(readFrontmatter(source), () => source);
  for (const issue of pieceSchema().safeParse(data).error?.issues ?? []) {
    problems.push({
      file: name,
      ...placeOf(issue.path),
      field: issue.path.join('.') || undefined,
      message: issue.message,
    });
  }
  await checkLeadImage(file, data).catch((error: unknown) => {
    const problem = problemFromError(name, error);
    problems.push({ ...placeOf(problem.field?.split('.') ?? []), ...problem });
  });

  // The body through the build's own remark and rehype plugins; the frontmatter blanked, so places match.
  try {
    await compile(
      { value: blankFrontmatter(source), path: resolve(file), data: { astro: { frontmatter: { ...data } } } },
      {
        remarkPlugins: markdownOptions.remarkPlugins,
        rehypePlugins: markdownOptions.rehypePlugins as never,
        remarkRehypeOptions: markdownOptions.remarkRehype,
      },
    );
  } catch (error) {
    problems.push(problemFromError(name, error));
  }

  // In the piece's edition's language (a translation in its edition's folder).
  const edition = editionOfPiece(pieceSlug(resolve(piecesDir), resolve(file)));
  problems.push(
    ...(await spellingProblems(file, source, edition)).map((problem) => ({ ...problem, file: name })),
  );
  const unsaved = new Map([[resolve(file), source]]);
  for (const problem of [
    ...checkPieces(resolve(piecesDir), unsaved),
    ...checkEditions(resolve(piecesDir), unsaved),
  ]) {
    if (problem.file === resolve(file)) problems.push({ ...problem, file: name });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
