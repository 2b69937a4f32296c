import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { contentDir, dictionaryFile, piecesDir, tagsFile } from '../../lib/content-paths.ts';
import { LEAD_IMAGE_MIN_WIDTH, pieceSchema } from '../../lib/piece-schema.ts';
import { piecePath } from '../../lib/routes.ts';
import { withWrittenMoment } from '../../lib/schedule.ts';
import { pieceSlug } from '../content-check/pieces.ts';
import { readFrontmatter, splitFrontmatter } from '../frontmatter.ts';
import { createPiece } from '../new-piece.ts';
import { startTranslation } from '../translate-piece.ts';
import { reloadDictionary } from '../content-check/spelling.ts';
import { addToDictionary } from './actions/dictionary.ts';
import { Refusal } from './actions/changes.ts';
import { renameFromEditor, withdrawFromEditor } from './actions/move.ts';
import { addPicture } from './actions/picture.ts';
import { publishPiece } from './actions/publish.ts';
import { schedulePiece } from './actions/schedule.ts';
import { addTopic } from './actions/topic.ts';
import { checkPieceSource } from './check.ts';
import {
  applyComponentProps,
  componentMarkup,
  editableComponent,
  insertableComponents,
  readComponentAt,
} from './component-edit.ts';
import { formFields, isSchemaDefault } from './form-fields.ts';
import { listPieces } from './piece-list.ts';
import { EDITOR_API } from '../../integrations/editor-paths.ts';
import { setFrontmatter } from './frontmatter-edit.ts';
import { JSON_HEADERS, sendJsonError } from '../../lib/json-error.ts';

type Json = Record<string, unknown>;

/**
 * The piece editor's API, under `astro dev` only (src/integrations/editor.ts mounts it, for
 * requests from this machine alone). Every write goes through `save`: the frontmatter form's
 * changes are spliced into the file's own YAML, the body is the editor's text, and the result is
 * checked as the build would check it before a byte is written.
 *
 * @public Loaded by src/integrations/editor.ts through Vite's ssrLoadModule, which knip cannot follow.
 */
export async function handleEditorApi(
  req: IncomingMessage,
  res: ServerResponse,
  /** Tells the dev server a file changed, so modules importing it read it again. */
  changedFile: (file: string) => void = () => {},
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://editor');
  // Addresses end in a slash, as every address of the site must (trailingSlash: 'always').
  const route = `${req.method} ${url.pathname.slice(EDITOR_API.length).replace(/\/$/, '')}`;
  try {
    const body = req.method === 'POST' ? ((await readJson(req)) as Json) : {};
    const origin = `http://${req.headers.host ?? 'localhost'}`;
    const answer = await handle(route, url.searchParams, body, origin, changedFile);
    if (answer === undefined) return sendJsonError(res, 404, 'unknown-route', `The editor has no ${route}.`);
    res.writeHead(200, JSON_HEADERS);
    res.end(JSON.stringify(answer));
  } catch (error) {
    if (error instanceof Refusal) return sendJsonError(res, error.status, error.code, error.message);
    sendJsonError(res, 400, 'invalid-request', (error as Error).message);
  }
}

/** The names of the shared files an action may change for a piece, which Publish commits with it. */
const SHARED_FILES: Record<string, () => string> = { dictionary: dictionaryFile, tags: tagsFile };

async function handle(
  route: string,
  query: URLSearchParams,
  body: Json,
  origin: string,
  changedFile: (file: string) => void,
): Promise<unknown> {
  const dir = resolve(piecesDir());
  /** The file's name in the pieces folder, as the page names pieces. */
  const named = (file: string) => relative(dir, file);
  switch (route) {
    case 'GET pieces':
      return listPieces(dir);
    case 'GET piece': {
      const file = pieceFile(dir, query.get('file'));
      const source = readFileSync(file, 'utf8');
      return {
        ...parts(source),
        // A scheduled piece's publishAt as written, with its offset (YAML forgets it).
        frontmatter: formValues(withWrittenMoment(readFrontmatter(source), () => source)),
        path: piecePath(pieceSlug(dir, file)),
      };
    }
    case 'GET forms': {
      const tags = Object.keys(JSON.parse(readFileSync(tagsFile(), 'utf8')) as Json);
      return {
        leadImageMinWidth: LEAD_IMAGE_MIN_WIDTH,
        // A rename or a withdrawal is an action (the bar's Rename…, Withdraw…), not fields to type.
        frontmatter: formFields(
          Object.fromEntries(
            Object.entries(pieceSchema().shape).filter(
              ([name]) => !['redirectFrom', 'withdrawn'].includes(name),
            ),
          ),
          { tags },
        ),
        components: insertableComponents().map(({ name, summary }) => {
          const { definition, fixed } = editableComponent(name)!;
          const shape = Object.fromEntries(
            Object.entries(definition.props.shape).filter(([prop]) => !(prop in fixed)),
          );
          return { name, summary, fields: formFields(shape) };
        }),
      };
    }
    case 'POST new': {
      const { file } = createPiece(String(body['title'] ?? '').trim() || 'Untitled piece', { dir });
      return { file: relative(dir, file) };
    }
    case 'POST translate': {
      const { file } = startTranslation(String(body['piece'] ?? ''), String(body['edition'] ?? ''), { dir });
      return { file: relative(dir, file) };
    }
    case 'POST save':
    case 'POST check': {
      const file = pieceFile(dir, body['file']);
      const opened = typeof body['opened'] === 'string' ? body['opened'] : undefined;
      const source = withFrontmatter(String(body['source']), body['frontmatter'], opened);
      const problems = await checkPieceSource(file, source, dir);
      if (route === 'POST check') return { problems };
      // A draft may be saved half-done; a piece that would be published must not break the build.
      const saved = problems.length === 0 || readFrontmatter(source)['draft'] === true;
      if (saved && source !== readFileSync(file, 'utf8')) writeFileSync(file, source);
      return { ...parts(source), problems, saved };
    }
    case 'POST picture': {
      const file = pieceFile(dir, body['file']);
      const lead = body['lead'] as { alt?: unknown; caption?: unknown; credit?: unknown } | undefined;
      const added = await addPicture(file, {
        name: String(body['name'] ?? 'picture'),
        bytes: Buffer.from(String(body['data'] ?? ''), 'base64'),
        lead: lead && {
          alt: String(lead.alt ?? ''),
          caption: String(lead.caption ?? ''),
          credit: String(lead.credit ?? ''),
        },
      });
      return { file: named(added.piece), src: added.src, changes: added.changes };
    }
    case 'POST topic': {
      const labels = (body['labels'] ?? {}) as Record<string, unknown>;
      const changes = addTopic(
        tagsFile(),
        String(body['id'] ?? '').trim(),
        Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, String(label ?? '')])),
      );
      changedFile(resolve(tagsFile()));
      return { shared: 'tags', changes };
    }
    case 'POST dictionary': {
      const changes = addToDictionary(dictionaryFile(), String(body['word'] ?? ''));
      await reloadDictionary();
      return { shared: 'dictionary', changes };
    }
    case 'POST schedule': {
      const file = pieceFile(dir, body['file']);
      const at = body['publishAt'];
      const changes = await schedulePiece(
        file,
        typeof at === 'string' && at.trim() ? at.trim() : null,
        (source) => checkPieceSource(file, source, dir),
      );
      return { changes };
    }
    case 'POST rename': {
      const file = pieceFile(dir, body['file']);
      const renamed = renameFromEditor(contentDir, pieceSlug(dir, file), String(body['to'] ?? ''));
      return { file: named(renamed.file), changes: renamed.changes };
    }
    case 'POST withdraw': {
      const file = pieceFile(dir, body['file']);
      return { changes: withdrawFromEditor(contentDir, pieceSlug(dir, file), String(body['reason'] ?? '')) };
    }
    case 'POST publish': {
      const file = pieceFile(dir, body['file']);
      const shared = Array.isArray(body['shared']) ? (body['shared'] as unknown[]) : [];
      const unknown = shared.filter((name) => typeof name !== 'string' || !(name in SHARED_FILES));
      if (unknown.length)
        throw new Refusal(
          422,
          'unknown-shared-file',
          `Publish commits only the shared files ${Object.keys(SHARED_FILES).join(' and ')}, not ${unknown.join(', ')}.`,
        );
      return publishPiece({
        contentDir,
        piecesDir: dir,
        piece: file,
        message: String(body['message'] ?? ''),
        shared: (shared as string[]).map((name) => SHARED_FILES[name]!()),
        origin,
      });
    }
    case 'POST component':
      return readComponentAt(String(body['source']), Number(body['offset'])) ?? null;
    case 'POST component/apply':
      return parts(
        applyComponentProps(String(body['source']), Number(body['offset']), body['props'] as Json),
      );
    case 'POST component/markup':
      return { markup: componentMarkup(String(body['name']), (body['props'] ?? {}) as Json) };
    default:
      return undefined;
  }
}

/** A piece's text, and its frontmatter block and body apart: the page edits the body as text. */
const parts = (source: string) => ({ source, ...splitFrontmatter(source) });

/** A piece file named from the pieces folder; nothing outside it, nothing but .mdx. */
function pieceFile(dir: string, name: unknown): string {
  const file = resolve(dir, String(name ?? ''));
  if (!file.startsWith(dir + sep) || !file.endsWith('.mdx'))
    throw new Refusal(400, 'not-a-piece', `${String(name)} is not a piece in ${dir}.`);
  if (!existsSync(file))
    throw new Refusal(404, 'no-such-piece', `There is no piece ${String(name)} in ${dir}.`);
  return file;
}

/** The frontmatter as the form shows it: dates as YYYY-MM-DD. */
function formValues(data: Json): Json {
  return JSON.parse(
    JSON.stringify(data, (_, v: unknown) =>
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v,
    ),
  ) as Json;
}

/**
 * The text with the form's frontmatter values spliced in (only fields whose value changed move; a
 * value set back to what it was in `opened`, the file as the editor opened it, is written as it was).
 */
function withFrontmatter(source: string, values: unknown, opened?: string): string {
  if (!values || typeof values !== 'object') return source;
  const current = readFrontmatter(source);
  const shape = pieceSchema().shape as Record<string, z.ZodType>;
  const changes = Object.fromEntries(
    Object.entries(withoutNulls(values) as Json)
      // A field the file leaves out stays out while the form shows its default (draft unticked).
      .filter(([key, value]) => key in current || !isSchemaDefault(shape[key], value))
      .map(([key, value]) => [
        key,
        // A byline of one name stays one name, as the editor wrote it.
        key === 'byline' && Array.isArray(value) && value.length === 1 && typeof current[key] === 'string'
          ? value[0]
          : value,
      ]),
  );
  return setFrontmatter(source, changes, { opened });
}

/** The form's values with its empty fields (null) left out: a field left out is removed. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, v === null ? undefined : withoutNulls(v)]),
  );
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}
