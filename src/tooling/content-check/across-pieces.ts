import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { placeAt, type Problem } from '../../lib/problem.ts';
import { editionOfPiece, isDefaultEdition } from '../../features/editions/editions.ts';
import { piecePath, reservedSegments } from '../../lib/routes.ts';
import { fieldOffset, frontmatterDocument, readFrontmatter } from '../frontmatter.ts';
import { pieceFiles, pieceSlug } from './pieces.ts';

/** Fields written as a date (at any depth: an update's `date` too). */
const DATE_FIELDS = new Set(['published', 'updated', 'date']);

/**
 * Checks across pieces that the build cannot see one file at a time: two pieces with the same
 * address, or the same headline in one edition, an address the site keeps for itself, every TODO left from the template
 * in a piece that is not a draft, and dates YAML silently rolls over (2025-02-30 becomes 2 March).
 * `unsaved` gives a file's text as an editor has it before saving (the piece editor's check).
 */
export function checkPieces(piecesDir: string, unsaved: ReadonlyMap<string, string> = new Map()): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  const byTitle = new Map<string, string>();
  // Unsaved texts last: a clash between two pieces is reported on the second, the one being edited.
  const files = pieceFiles(piecesDir).sort((a, b) => Number(unsaved.has(a)) - Number(unsaved.has(b)));
  for (const file of files) {
    const source = unsaved.get(file) ?? readFileSync(file, 'utf8');
    const data = readFrontmatter(source);
    const at = (offset: number | undefined) => (offset === undefined ? {} : placeAt(source, offset));

    const slug = pieceSlug(piecesDir, file);
    const sameSlug = bySlug.get(slug);
    if (sameSlug) {
      problems.push({
        file,
        message: `this piece would be published at ${piecePath(slug)}, like ${sameSlug}. Rename one of the two files.`,
      });
    } else bySlug.set(slug, file);
    // Within its edition: /ja/ is the Japanese edition's, /ja/search/ its search page.
    const edition = editionOfPiece(slug);
    const inEdition = isDefaultEdition(edition) ? slug : slug.slice(edition.code.length + 1);
    if (reservedSegments(edition).includes(inEdition)) {
      problems.push({
        file,
        message: `the address ${piecePath(slug)} belongs to a page of the site itself, so this piece could not be published there. Rename the file.`,
      });
    }

    // Within its edition too: a translation just started keeps its original's headline until translated.
    const title = typeof data['title'] === 'string' ? data['title'].trim() : '';
    const titleKey = `${edition.code}:${title.toLowerCase()}`;
    const sameTitle = byTitle.get(titleKey);
    if (title && sameTitle) {
      problems.push({
        file,
        ...at(fieldOffset(source, ['title'])),
        field: 'title',
        message: `the headline "${title}" is already used by ${sameTitle}. Give each piece its own headline.`,
      });
    } else if (title) byTitle.set(titleKey, file);

    if (data['draft'] !== true) {
      for (const todo of source.matchAll(/\bTODO\b/g)) {
        problems.push({
          file,
          ...at(todo.index),
          message:
            'this piece is not a draft but still has a TODO from the template. Replace it, or keep draft: true.',
        });
      }
    }

    for (const { path, offset, text } of writtenDates(source)) {
      const [, year, month, day] = /(\d{4})-(\d{2})-(\d{2})/.exec(text)!;
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
        problems.push({
          file,
          ...at(offset),
          field: path.join('.'),
          message: `${year}-${month}-${day} is not a real date. Write the date as YYYY-MM-DD, for example 2025-04-29.`,
        });
      }
    }
  }
  return problems;
}

/** Every date field's value as written (quoted or not), with its field's path and the offset of its key. */
function writtenDates(source: string): { path: (string | number)[]; offset: number; text: string }[] {
  const parsed = frontmatterDocument(source);
  if (!parsed) return [];
  const yaml = source.slice(parsed.range.start, parsed.range.end);
  const found: { path: (string | number)[]; offset: number; text: string }[] = [];
  const walk = (node: Node | null, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key : null;
        const value = pair.value as Node | null;
        if (!key || typeof key.value !== 'string') continue;
        const written = isScalar(value) && value.range ? yaml.slice(value.range[0], value.range[1]) : '';
        if (DATE_FIELDS.has(key.value) && /^['"]?\d{4}-\d{2}-\d{2}['"]?\s*$/.test(written)) {
          found.push({
            path: [...path, key.value],
            offset: parsed.range.start + key.range![0],
            text: written,
          });
        }
        walk(value, [...path, key.value]);
      }
    } else if (isSeq(node)) node.items.forEach((item, index) => walk(item as Node, [...path, index]));
  };
  walk(parsed.document.contents as Node | null, []);
  return found;
}
