import {
  isMap,
  isSeq,
  parseDocument,
  type Document,
  type DocumentOptions,
  type Node,
  type SchemaOptions,
} from 'yaml';

/*
 * The one reader of a piece's frontmatter for the tools (the content check, the piece editor):
 * where it sits, what it says, and where each field is written. Nothing here needs Node, so a
 * browser can use it as well. It reads as the build does (Astro parses frontmatter with
 * js-yaml's default schema: YAML 1.2's core types plus dates), so a value means here what it means
 * to the build.
 */

/** An optional byte-order mark, the `---` line, the YAML (perhaps none), the closing `---` line. */
const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---(?=\r?\n|$)/d;

export interface FrontmatterRange {
  /** Where the YAML starts and ends (offsets into the file; equal when the frontmatter is empty). */
  start: number;
  end: number;
  /** Where the closing `---` ends: the frontmatter block, byte-order mark included. */
  block: number;
}

/** Where a piece's frontmatter sits in its file; null when the file has none. */
export function frontmatterRange(source: string): FrontmatterRange | null {
  const match = FRONTMATTER.exec(source);
  if (!match) return null;
  const [start, end] = match.indices![1] ?? [source.indexOf('\n') + 1, source.indexOf('\n') + 1];
  return { start, end, block: match[0].length };
}

/** The frontmatter block with its `---` lines and the line break after them, and the text after it. */
export function splitFrontmatter(source: string): { head: string; body: string } {
  const range = frontmatterRange(source);
  if (!range) return { head: '', body: source };
  const lineBreak = /^\r?\n/.exec(source.slice(range.block))?.[0] ?? '';
  const head = source.slice(0, range.block + lineBreak.length);
  return { head, body: source.slice(head.length) };
}

/**
 * The file with its frontmatter blanked out (its line breaks kept), never removed, so every offset,
 * line and column in the body still points at the same character: what MDX parsers are given.
 */
export function blankFrontmatter(source: string): string {
  const range = frontmatterRange(source);
  return range ? source.slice(0, range.block).replace(/[^\r\n]/g, ' ') + source.slice(range.block) : source;
}

/** As Astro's js-yaml reads frontmatter: the core schema (`yes` is text), dates, `<<` merge keys. */
export const YAML_OPTIONS: DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: ['timestamp'],
  merge: true,
};

/** The frontmatter's YAML as a document (its nodes keep their source ranges), or null without one. */
export function frontmatterDocument(source: string): { document: Document; range: FrontmatterRange } | null {
  const range = frontmatterRange(source);
  if (!range) return null;
  const document = parseDocument(source.slice(range.start, range.end), {
    ...YAML_OPTIONS,
    keepSourceTokens: true,
  });
  return { document, range };
}

/**
 * The frontmatter as data, as the build reads it (dates as Date), or {} when there is none or its
 * YAML is broken: the build reports broken YAML with its own message.
 */
export function readFrontmatter(source: string): Record<string, unknown> {
  const parsed = frontmatterDocument(source);
  if (!parsed || parsed.document.errors.length > 0) return {};
  const data: unknown = parsed.document.toJS();
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/**
 * Where a field is written (`['image', 'alt']`, `['updates', 0, 'date']`): the offset in the file of
 * its key, or of the nearest enclosing field that is written; undefined when not even the first
 * is (a missing field).
 */
export function fieldOffset(source: string, path: readonly PropertyKey[]): number | undefined {
  const parsed = frontmatterDocument(source);
  if (!parsed) return undefined;
  let node: Node | null | undefined = parsed.document.contents as Node | null;
  let found: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) break;
      found = (pair.key as Node).range?.[0];
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      node = node.items[segment] as Node;
      found = node.range?.[0];
    } else break;
  }
  return found === undefined ? undefined : parsed.range.start + found;
}
