import { readFileSync } from 'node:fs';
import { DEFAULT_EDITION, editionOfPiece, isDefaultEdition } from '../../features/editions/editions.ts';
import { checkPlacement, originalFile } from '../../features/editions/placement.ts';
import { formatPlace, placeAt, type Problem } from '../../lib/problem.ts';
import { publicationNow, readMoment, writtenField } from '../../lib/schedule.ts';
import { writtenQuestions } from '../faq-source.ts';
import { fieldOffset, readFrontmatter } from '../frontmatter.ts';
import { pieceFiles, pieceSlug } from './pieces.ts';

/** Whether a piece is on the site now: not a draft, and not scheduled for later. */
function isLive(source: string, data: Record<string, unknown>): boolean {
  if (data['draft'] === true) return false;
  const written = writtenField(source, 'publishAt');
  const moment = written === undefined ? undefined : readMoment(written);
  return !(moment && 'at' in moment && moment.at.getTime() > publicationNow().getTime());
}

/**
 * Each edition's translations checked from their files, as the build would check them, so that an
 * editor sees every one at once and before a build (which stops at the first): a piece in an
 * edition's folder must name its original (`translationOf`), the original must be there, and be on
 * the site when the translation is; and every FAQ answer of the original must be in the
 * translation under the same id, and no other (a reader who switches language keeps the place).
 * Each problem names the file and the field, and says what to do. `unsaved` as in `checkPieces`.
 */
export function checkEditions(
  piecesDir: string,
  unsaved: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  const read = (file: string) => unsaved.get(file) ?? readFileSync(file, 'utf8');
  for (const file of pieceFiles(piecesDir)) {
    const slug = pieceSlug(piecesDir, file);
    const edition = editionOfPiece(slug);
    const source = read(file);
    const data = readFrontmatter(source);
    const at = (field: string) => {
      const offset = fieldOffset(source, [field]);
      return offset === undefined ? {} : placeAt(source, offset);
    };
    // The build's own rules for where a piece is and what it translates.
    const misplaced = checkPlacement(slug, file, data, piecesDir);
    if (misplaced) {
      const { field, message } = misplaced;
      problems.push({ file, ...(field ? at(field) : {}), field, message });
      continue;
    }
    const named = data['translationOf'];
    if (isDefaultEdition(edition) || typeof named !== 'string') continue;
    const original = originalFile(piecesDir, named.trim())!;
    const originalSource = read(original);

    if (isLive(source, data) && !isLive(originalSource, readFrontmatter(originalSource))) {
      problems.push({
        file,
        ...at('draft'),
        field: 'draft',
        message:
          `the piece it translates (${original}) is not published (a draft, or scheduled for later), so this ` +
          'translation would have no original to link to. Publish the original first, or keep this translation a draft (draft: true).',
      });
    }

    const questions = writtenQuestions(source);
    const ids = new Set(questions.map((question) => question.id));
    const originalQuestions = writtenQuestions(originalSource);
    const originalIds = new Set(originalQuestions.map((question) => question.id));
    for (const question of originalQuestions.filter(({ id }) => !ids.has(id))) {
      const place = placeAt(originalSource, question.offset);
      problems.push({
        file,
        field: 'id',
        message:
          `the original's FAQ answer "${question.id}" (${formatPlace(original, place.line, place.column)}, ` +
          `“${question.question}”) is not in this translation. Translate that <Question> here with ` +
          `id="${question.id}", so the answer has the same address in every edition.`,
      });
    }
    for (const question of questions.filter(({ id }) => !originalIds.has(id))) {
      problems.push({
        file,
        ...placeAt(source, question.offset),
        field: 'id',
        message:
          `the FAQ answer "${question.id}" is not one of the original's (${original}), so it would have no ` +
          `counterpart in the ${DEFAULT_EDITION.name} edition. Give this <Question> the id of the answer it translates ` +
          `(the original's: ${[...originalIds].join(', ') || 'none'}), or remove it.`,
      });
    }
  }
  return problems;
}
