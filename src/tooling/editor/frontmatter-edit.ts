import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair } from 'yaml';
import { frontmatterRange } from './mdx-source.ts';

/** The frontmatter as data, as YAML reads it (dates as Date), or {} when there is none. */
export function readFrontmatter(source: string): Record<string, unknown> {
  const range = frontmatterRange(source);
  if (!range) return {};
  // YAML 1.1, as the build reads frontmatter: 2025-04-29 is a date.
  return (parseDocument(source.slice(range.start, range.end), { version: '1.1' }).toJS() ?? {}) as Record<
    string,
    unknown
  >;
}

const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));
/** Values as the form sends them: a date as YYYY-MM-DD. */
const normal = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : Array.isArray(value)
      ? value.map(normal)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normal(v)]))
        : value;

/** Plain YAML text for a scalar: bare when YAML would read it back as the same text, quoted otherwise. */
function scalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value; // a date, as the schema reads it
  const bare =
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]|: | #|[\n\r]|\s$/.test(value) &&
    !/^(true|false|null|~|yes|no|on|off|[-+.\d][\d._eE+-]*)$/i.test(value);
  return bare && value !== '' ? value : JSON.stringify(value);
}

/** A value written the way the field already is: a flow list stays `[a, b]`, a block list stays a block. */
function written(value: unknown, like: Node | null, indent: string): string {
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    if (!(isSeq(like) && !like.flow) && !(like === null && value.length === 0)) {
      return `[${value.map(scalar).join(', ')}]`;
    }
  }
  if (value !== null && typeof value === 'object') {
    const block = stringify(normal(value), { lineWidth: 0, indent: 2, defaultStringType: 'PLAIN' }).trimEnd();
    return `\n${block.replace(/^/gm, `${indent}  `)}`;
  }
  return scalar(normal(value));
}

/**
 * The source with these frontmatter fields set, changing only their bytes: a field whose value is
 * unchanged is left exactly as written (quotes, comments, spacing and all); a changed one is
 * rewritten in place in its own style; a new one is added as the last line; `undefined` removes
 * one. The rest of the file, body included, is never touched.
 */
export function setFrontmatter(source: string, changes: Record<string, unknown>): string {
  const range = frontmatterRange(source);
  if (!range) throw new Error('The piece has no frontmatter (the lines between --- at its top).');
  const yaml = source.slice(range.start, range.end);
  const document = parseDocument(yaml, { version: '1.1', keepSourceTokens: true });
  if (!isMap(document.contents)) throw new Error('The frontmatter is not a list of fields.');
  const current = (document.toJS() ?? {}) as Record<string, unknown>;
  const pairs = document.contents.items as Pair<Node, Node | null>[];
  const edits: { from: number; to: number; text: string }[] = [];
  let appended = '';
  for (const [key, value] of Object.entries(changes)) {
    if (same(value, current[key]) || (value === undefined && !(key in current))) continue;
    const pair = pairs.find((p) => isScalar(p.key) && p.key.value === key);
    if (!pair) {
      appended += `\n${key}: ${written(value, null, '')}`.replace(/: \n/, ':\n');
      continue;
    }
    const keyStart = pair.key!.range![0];
    const lineStart = yaml.lastIndexOf('\n', keyStart - 1) + 1;
    const indent = yaml.slice(lineStart, keyStart);
    let valueEnd = pair.value?.range?.[1] ?? pair.key!.range![1];
    // A block value's range runs on to the next field's line: stop at its last character.
    while (/\s/.test(yaml[valueEnd - 1] ?? '')) valueEnd--;
    if (value === undefined) {
      const lineEnd = yaml.indexOf('\n', valueEnd);
      edits.push({ from: lineStart, to: lineEnd < 0 ? yaml.length : lineEnd + 1, text: '' });
      continue;
    }
    const from = pair.value?.range?.[0] ?? pair.key!.range![1];
    const text = written(value, pair.value, indent);
    // A block value starts on the next line: it replaces everything after the colon.
    const afterColon = yaml.indexOf(':', pair.key!.range![1]) + 1;
    edits.push(
      text.startsWith('\n') ? { from: afterColon, to: valueEnd, text } : { from, to: valueEnd, text },
    );
  }
  const edited =
    edits
      .sort((a, b) => b.from - a.from)
      .reduce((text, e) => text.slice(0, e.from) + e.text + text.slice(e.to), yaml) + appended;
  return source.slice(0, range.start) + edited.replace(/\n+$/, '') + source.slice(range.end);
}
