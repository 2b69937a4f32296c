import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import {
  DEFAULT_EDITION,
  editionByCode,
  isDefaultEdition,
  PREFIXED_EDITIONS,
  type Edition,
} from '../features/editions/editions.ts';
import { originalFile, originals } from '../features/editions/placement.ts';
import { PICTURE_PATH } from '../features/pictures/components/figure.props.ts';
import { piecesDir } from '../lib/content-paths.ts';
import { closest } from '../lib/suggest.ts';
import { pieceFiles } from './content-check/pieces.ts';
import { setFrontmatter } from './editor/frontmatter-edit.ts';
import { parsePiece, type MdxElement } from './editor/mdx-source.ts';
import { writtenQuestions } from './faq-source.ts';
import { readFrontmatter } from './frontmatter.ts';

interface Edit {
  from: number;
  to: number;
  text: string;
}

/** The editions a piece can be translated into, for messages: `ja (日本語), vi (Tiếng Việt)`. */
const translatable = () => PREFIXED_EDITIONS.map((edition) => `${edition.code} (${edition.name})`).join(', ');

/** The edition with this code, if a piece can be translated into it; else an error saying which can. */
function targetEdition(code: string): Edition {
  const edition = editionByCode(code.trim().toLowerCase());
  if (!edition) {
    throw new Error(
      `There is no edition "${code}". Translate into one of: ${translatable()} (src/features/editions/editions.ts).`,
    );
  }
  if (isDefaultEdition(edition)) {
    throw new Error(
      `"${edition.code}" is the ${DEFAULT_EDITION.name} edition, which holds the originals: a translation goes into another edition, one of: ${translatable()}.`,
    );
  }
  return edition;
}

/** A date as YYYY-MM-DD, as the frontmatter writes it. */
const day = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').trim();

/**
 * Starts a translation of a piece into an edition: writes `<pieces>/<code>/<slug>.mdx` (or
 * `<code>/<slug>/index.mdx` when the original is a folder, with nothing copied but the MDX) as a
 * draft, with the original's frontmatter and text, `translationOf` the original, `translatedFrom`
 * its updated (or published) date, every `<Question>` given its answer's id in writing so the
 * translated question keeps it, and each picture the original names from its folder named from the
 * translation's, so the translation shows the original's pictures until it has its own. Refuses,
 * saying why, an unknown piece or edition, the default edition, and a translation already started.
 * `npm run new -- --translate` and the piece editor both start translations here.
 */
export function startTranslation(
  slug: string,
  code: string,
  { dir = piecesDir() }: { dir?: string } = {},
): { file: string; slug: string; edition: Edition } {
  const edition = targetEdition(code);
  const named = slug.trim().replace(/^\/+|\/+$/g, '');
  const original = named && !named.includes('/') ? originalFile(dir, named) : undefined;
  if (!original) {
    const known = originals(dir);
    const hint = closest(named, known);
    throw new Error(
      `There is no piece "${slug}" to translate in ${dir}/ (a piece's name is its file's, without .mdx, like ${known[0] ?? 'the-piece'}).` +
        (hint ? ` Did you mean "${hint}"?` : ''),
    );
  }
  const existing = pieceFiles(join(dir, edition.code)).find(
    (file) => String(readFrontmatter(readFileSync(file, 'utf8'))['translationOf'] ?? '').trim() === named,
  );
  const file =
    basename(original) === 'index.mdx'
      ? join(dir, edition.code, named, 'index.mdx')
      : join(dir, edition.code, `${named}.mdx`);
  const taken = [join(dir, edition.code, `${named}.mdx`), join(dir, edition.code, named, 'index.mdx')].find(
    (path) => existsSync(path),
  );
  if (existing) {
    throw new Error(
      `${existing} already translates "${named}" into ${edition.name}, so nothing was written. Edit that file; ` +
        'when the original changes, bring the translation up to date and set its translatedFrom to the original’s new date.',
    );
  }
  if (taken) {
    throw new Error(
      `${taken} already exists (it translates another piece, or names none), so nothing was written. ` +
        'Fix its translationOf, or rename or remove it first.',
    );
  }

  const source = readFileSync(original, 'utf8');
  const data = readFrontmatter(source);
  const body = withQuestionIds(withPicturesFrom(source, original, file));
  const image = data['image'] as Record<string, unknown> | undefined;
  const text = setFrontmatter(body, {
    ...(image && typeof image['src'] === 'string'
      ? { image: { ...image, src: movedPicture(image['src'], original, file) } }
      : {}),
    translationOf: named,
    translatedFrom: day(data['updated'] ?? data['published']),
    draft: true,
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: 'wx' });
  return { file, slug: `${edition.code}/${named}`, edition };
}

/**
 * Every `<Question>` without an `id` given the one its answer has (made from its question), so the
 * translation keeps it; its `aliases` left out, since every edition's answer answers to the
 * original's old ids already (src/features/editions/translations.ts), kept in one place.
 */
function withQuestionIds(source: string): string {
  const edits = writtenQuestions(source).flatMap(({ explicit, afterName, id, aliases }) => [
    ...(explicit ? [] : [{ from: afterName, to: afterName, text: ` id="${id}"` }]),
    ...(aliases ? [{ ...aliases, text: '' }] : []),
  ]);
  return applyEdits(source, edits);
}

/** A picture's path from the translation's folder, for a path written from the original's; other text as it is. */
function movedPicture(path: string, original: string, translation: string): string {
  if (!/^\.\.?\//.test(path)) return path;
  const moved = relative(dirname(resolve(translation)), resolve(dirname(original), path))
    .split(sep)
    .join('/');
  return moved.startsWith('.') ? moved : `./${moved}`;
}

/** The text's pictures (`![…](./x.jpg)` and any component's `src="./x.jpg"`) named from the translation's folder. */
function withPicturesFrom(source: string, original: string, translation: string): string {
  const edits: Edit[] = [];
  /** The path where it is written in a node's source (from `start` to `end`): in `](…)`, or in `src="…"`. */
  const move = (path: string, start: number | undefined, end: number | undefined) => {
    if (start === undefined || start < 0 || end === undefined) return;
    const at = source.indexOf(path, start);
    if (at === -1 || at + path.length > end) return;
    edits.push({ from: at, to: at + path.length, text: movedPicture(path, original, translation) });
  };
  visit(parsePiece(source), (node) => {
    if (node.type === 'image' && PICTURE_PATH.test(node.url)) {
      const { start, end } = node.position ?? {};
      // After the alt text, which could name the file too.
      move(node.url, start && source.indexOf('](', start.offset), end?.offset);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of (node as MdxElement).attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'src') continue;
        if (typeof attribute.value === 'string' && PICTURE_PATH.test(attribute.value)) {
          move(attribute.value, attribute.position?.start.offset, attribute.position?.end.offset);
        }
      }
    }
  });
  return applyEdits(source, edits);
}

const applyEdits = (source: string, edits: Edit[]) =>
  [...edits]
    .sort((a, b) => b.from - a.from)
    .reduce((text, edit) => text.slice(0, edit.from) + edit.text + text.slice(edit.to), source);
