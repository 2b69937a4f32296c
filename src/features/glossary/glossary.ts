import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { contentDir, piecesDir } from '../../lib/content-paths.ts';
import { formatProblem, type Problem } from '../../lib/problem.ts';
import { closest } from '../../lib/suggest.ts';
import { spellingKey } from './match.ts';
import { DEFAULT_EDITION, editionByCode, prefixedEdition } from '../editions/editions.ts';

/**
 * The glossary: terms explained once, in the content folder, one file per edition
 * (`glossary/en.yaml`, `glossary/ja.yaml`…, the same ids in each), and used in place by every
 * piece of that edition (./remark-glossary.ts). Each entry, under its id:
 *
 *   cptpp:
 *     term: CPTPP                      # as the definition names it
 *     spellings: [TPP11]               # other ways pieces write it (optional)
 *     definition: One or two sentences.
 *     sources: [NZ MFAT, CPTPP page]   # optional; each a text or { name, url }
 *     seeAlso: [south-china-sea]       # other ids (optional)
 */

export interface GlossarySource {
  name: string;
  url?: string | undefined;
}

export interface GlossaryEntry {
  id: string;
  term: string;
  spellings: string[];
  definition: string;
  sources: GlossarySource[];
  seeAlso: string[];
}

/** The default edition's code: its glossary decides the ids every edition's glossary uses. */
export const DEFAULT_GLOSSARY = DEFAULT_EDITION.code;

/** A content folder's glossaries, one YAML file per edition. */
const glossaryDir = (dir: string) => join(dir, 'glossary');

/** The glossary file of an edition. */
export const glossaryFile = (edition: string, dir: string = contentDir) =>
  join(glossaryDir(dir), `${edition}.yaml`);

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (what: string, example: string) =>
  z
    .string({ error: `add ${what} as text, like ${example}` })
    .trim()
    .min(1, { error: `add ${what}; it is empty. Write it like ${example}` });

const entrySchema = z.strictObject(
  {
    term: text('the term as the definition names it', 'term: CPTPP'),
    spellings: z
      .array(text('each spelling', 'spellings: [TPP11]'), {
        error: 'list the other spellings, like spellings: [TPP11, TPP-11]',
      })
      .default([]),
    definition: text(
      'a definition of one or two sentences',
      'definition: A free-trade agreement signed in 2018.',
    ),
    sources: z
      .array(
        z
          .union(
            [
              text('each source', 'sources: [Ministry of Foreign Affairs of Japan]'),
              z.strictObject({ name: text('the source’s name', 'name: Viet Nam News'), url: z.url() }),
            ],
            { error: 'write each source as text, or as { name: …, url: https://… }' },
          )
          .transform((source): GlossarySource => (typeof source === 'string' ? { name: source } : source)),
        { error: 'list the sources, one per line starting "- "' },
      )
      .default([]),
    seeAlso: z
      .array(z.string({ error: 'each an id of this glossary' }), {
        error: 'list the ids of related terms, like seeAlso: [south-china-sea]',
      })
      .default([]),
  },
  {
    error:
      'write the entry as its fields under its id: term, definition, and optionally spellings, sources, seeAlso',
  },
);

interface GlossaryFile {
  file: string;
  edition: string;
  entries: GlossaryEntry[];
  problems: Problem[];
}

/** One glossary file read and checked on its own: its entries, and every problem with its line. */
function readGlossaryFile(file: string, edition: string): GlossaryFile {
  const name = relative(process.cwd(), resolve(file));
  const lines = new LineCounter();
  const source = readFileSync(file, 'utf8');
  // Duplicate ids are reported below, with both lines, rather than as YAML's own error.
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (node: YamlNode | null | undefined) => {
    const offset = node?.range?.[0];
    if (offset === undefined) return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const problem = (node: YamlNode | null | undefined, field: string | undefined, message: string) =>
    problems.push({ file: name, ...at(node), field, message });

  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    problems.push({
      file: name,
      line,
      column: col,
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    });
  }
  if (problems.length > 0 || doc.contents === null) return { file: name, edition, entries: [], problems };
  if (!isMap(doc.contents)) {
    problem(
      doc.contents,
      undefined,
      'a glossary is a list of terms, each under its id: "cptpp:" on a line of its own, its fields indented below it.',
    );
    return { file: name, edition, entries: [], problems };
  }

  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, YamlNode>();
  const spellingOwner = new Map<string, { id: string; node: YamlNode }>();
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode;
    const id = isScalar(keyNode) ? String(keyNode.value) : '';
    const first = seen.get(id);
    if (first) {
      problem(
        keyNode,
        id,
        `the id "${id}" is used twice (line ${at(first).line} and here): each term has one entry. Merge the two, or give one another id.`,
      );
      continue;
    }
    seen.set(id, keyNode);
    if (!ID.test(id)) {
      problem(
        keyNode,
        id,
        `"${id}" cannot be an id: use lower-case letters, digits and hyphens, like two-plus-two. Pieces name terms by it.`,
      );
      continue;
    }
    const valueNode = pair.value as YamlNode | null;
    const parsed = entrySchema.safeParse(valueNode?.toJSON() ?? null);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const node = valueNode && isMap(valueNode) ? (valueNode.getIn(issue.path, true) as YamlNode) : null;
        problem(node ?? keyNode, [id, ...issue.path].join('.'), issue.message);
      }
      continue;
    }
    const entry = { id, ...parsed.data };
    for (const spelling of [entry.term, ...entry.spellings]) {
      const owner = spellingOwner.get(spellingKey(spelling));
      if (owner && owner.id !== id) {
        problem(
          keyNode,
          `${id}.spellings`,
          `"${spelling}" is also a spelling of "${owner.id}" (line ${at(owner.node).line}), so a piece could not tell which term it means. Keep it in one entry.`,
        );
      } else spellingOwner.set(spellingKey(spelling), { id, node: keyNode });
    }
    entries.push(entry);
  }

  const ids = entries.map((entry) => entry.id);
  for (const entry of entries) {
    const entryNode = doc.contents.get(entry.id, true) as YamlNode | undefined;
    entry.seeAlso.forEach((other, index) => {
      if (ids.includes(other) && other !== entry.id) return;
      const node = isMap(entryNode) ? (entryNode.getIn(['seeAlso', index], true) as YamlNode) : entryNode;
      const hint = closest(other, ids);
      problem(
        node,
        `${entry.id}.seeAlso`,
        other === entry.id
          ? `"${entry.id}" refers to itself; see-also names other terms. Remove it.`
          : `"${other}" is not a term of this glossary.${hint ? ` Did you mean "${hint}"?` : ''} Terms: ${ids.join(', ')}. Fix the id, or add the term.`,
      );
    });
  }
  return { file: name, edition, entries, problems };
}

/** The glossary files of a content folder, sorted: what the MDX cache's key reads besides code. */
export function glossaryFiles(dir: string = contentDir): string[] {
  const folder = glossaryDir(dir);
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => file.endsWith('.yaml'))
        .sort()
        .map((file) => join(folder, file))
    : [];
}

interface Glossaries {
  byEdition: Map<string, GlossaryEntry[]>;
  problems: Problem[];
}

let cached: { key: string; glossaries: Glossaries } | undefined;

/**
 * Every glossary of the content folder, each checked on its own, and the editions' ids against the
 * default edition's: a term every edition names by one id, so a piece's opt-out means the same
 * term in each. An edition may explain fewer terms than the default one, not others. Read again
 * when a file changes, so `astro dev` and the piece editor follow edits.
 */
export function readGlossaries(dir: string = contentDir): Glossaries {
  const files = glossaryFiles(dir);
  const key = files
    .map((file) => {
      const { mtimeMs, size } = statSync(file);
      return `${file}:${mtimeMs}:${size}`;
    })
    .join('|');
  if (cached?.key === key) return cached.glossaries;

  const read = files.map((file) => readGlossaryFile(file, basename(file, '.yaml')));
  const problems = read.flatMap((glossary) => glossary.problems);
  for (const glossary of read.filter(({ edition }) => !editionByCode(edition))) {
    problems.push({
      file: glossary.file,
      message: `there is no edition "${glossary.edition}" (src/features/editions/editions.ts). Name the file after an edition's code, or remove it.`,
    });
  }
  const base = read.find((glossary) => glossary.edition === DEFAULT_GLOSSARY);
  for (const glossary of read) {
    if (!base || glossary === base) continue;
    const ids = base.entries.map((entry) => entry.id);
    for (const entry of glossary.entries.filter((entry) => !ids.includes(entry.id))) {
      const hint = closest(entry.id, ids);
      problems.push({
        file: glossary.file,
        field: entry.id,
        message: `"${entry.id}" is not an id of ${base.file}.${hint ? ` Did you mean "${hint}"?` : ''} Every edition names a term by the id its ${DEFAULT_GLOSSARY} entry has.`,
      });
    }
  }
  const glossaries = {
    byEdition: new Map(read.map((glossary) => [glossary.edition, glossary.entries])),
    problems,
  };
  cached = { key, glossaries };
  return glossaries;
}

/**
 * The checked glossaries, for the build: a problem in any glossary file stops it, every problem
 * listed with its file, line and entry, since a piece would otherwise explain a term wrongly.
 */
export function glossaries(dir: string = contentDir): Map<string, GlossaryEntry[]> {
  const { byEdition, problems } = readGlossaries(dir);
  if (problems.length > 0) {
    throw new Error(
      `The glossary has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return byEdition;
}

/**
 * The edition of a piece's file, whose glossary it uses: the edition whose folder it is in
 * (content/pieces/ja/…), the default edition otherwise; a picture folder
 * (content/pieces/<slug>/index.mdx) is not an edition.
 */
export function editionOfPieceFile(file: string, dir: string = contentDir): string {
  const [first, ...rest] = relative(resolve(piecesDir(dir)), resolve(file)).split(sep);
  const inEditionFolder = rest.length > 0 && !(rest.length === 1 && rest[0] === 'index.mdx');
  return (inEditionFolder && prefixedEdition(first)?.code) || DEFAULT_GLOSSARY;
}
