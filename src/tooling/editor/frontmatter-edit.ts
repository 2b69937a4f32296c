import {
  isMap,
  isScalar,
  isSeq,
  Scalar,
  stringify,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { readMoment } from '../../lib/schedule.ts';
import { frontmatterDocument, YAML_OPTIONS } from '../frontmatter.ts';

/*
 * Frontmatter edits that change only the bytes of what changed. The piece editor's form sends
 * values; they are spliced into the file's own YAML, each in the style it is written in (quoted or
 * plain, a flow or a block list, a folded block), with the file's line breaks, so a value changed
 * and changed back gives the file back.
 */

type Values = Record<string, unknown>;
interface Edit {
  from: number;
  to: number;
  text: string;
}
interface Yaml {
  document: Document;
  /** The YAML text the document's ranges point into. */
  text: string;
}
interface Context extends Yaml {
  /** The file as the editor opened it: a value set back to what it was there is written as it was. */
  opened: Yaml | undefined;
}

/**
 * Values as the form sends them: a date as YYYY-MM-DD (a moment, which is not midnight UTC, as
 * its instant), and no value (null, '', [] or {}) as none.
 */
const normal = (value: unknown): unknown => {
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (Array.isArray(value)) return value.length ? value.map(normal) : undefined;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, v]) => [key, normal(v)])
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === null || value === '' ? undefined : value;
};
/** A moment (a scheduled piece's publishAt) is the instant it names, however it is written. */
const instant = (value: unknown) => {
  const moment = typeof value === 'string' ? readMoment(value) : undefined;
  return moment && 'at' in moment ? moment.at : value;
};
const same = (a: unknown, b: unknown) =>
  JSON.stringify(normal(instant(a))) === JSON.stringify(normal(instant(b)));
const isEmpty = (value: unknown) => normal(value) === undefined;
const isRecord = (value: unknown): value is Values =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
const isScalarValue = (value: unknown) => !Array.isArray(value) && !isRecord(value);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const valueOf = (yaml: Yaml, node: unknown): unknown =>
  node && typeof (node as Node).toJS === 'function' ? (node as Node).toJS(yaml.document) : node;
const keyOf = (pair: Pair) => (isScalar(pair.key) ? pair.key.value : undefined);
const pairIn = (map: YAMLMap | null, key: unknown) =>
  (map?.items as Pair[] | undefined)?.find((pair) => keyOf(pair) === key);

/** The spaces before a position on its line. */
function indentAt(text: string, at: number): string {
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
}
/** Where a node's value ends, without the line breaks and spaces a block value's range runs on with. */
function endOf(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1]!)) end--;
  return end;
}
/** Just after a pair's colon, and the end of its value (the colon when it has none). */
function valueSpan(text: string, pair: Pair): { from: number; to: number } {
  const from = text.indexOf(':', (pair.key as Node).range![1]) + 1;
  const value = pair.value as Node | null;
  return { from, to: value?.range ? Math.max(from, endOf(text, value)) : from };
}

/**
 * The source with these frontmatter fields set, changing only their bytes: a field whose value is
 * unchanged is left exactly as written (quotes, comments, spacing and all); a changed one is
 * rewritten in place in its own style, and one set back to its value in `opened` (the file as the
 * editor opened it) is written as it was there; a new one is added as the last line; an empty
 * value (undefined, null, '', []) removes one. The rest of the file, body included, is never touched.
 */
export function setFrontmatter(
  source: string,
  changes: Values,
  { opened }: { opened?: string | undefined } = {},
): string {
  if (Object.keys(changes).length === 0) return source;
  const parsed = frontmatterDocument(source);
  if (!parsed) throw new Error('The piece has no frontmatter (the lines between --- at its top).');
  const { document, range } = parsed;
  const [error] = document.errors;
  if (error) throw new Error(`The frontmatter is not valid YAML: ${error.message}`);
  if (document.contents !== null && !isMap(document.contents))
    throw new Error('The frontmatter is not a list of fields.');
  const text = source.slice(range.start, range.end);
  const before = opened === undefined ? null : frontmatterDocument(opened);
  const context: Context = {
    document,
    text,
    opened: before
      ? {
          document: before.document,
          text: opened!.slice(before.range.start, before.range.end),
        }
      : undefined,
  };
  const edits = editMap(context, document.contents, changes, [], false);
  if (edits.length === 0) return source;
  const lineBreak = /\r\n|\r|\n/.exec(source)?.[0] ?? '\n';
  let edited = edits
    .sort((a, b) => b.from - a.from)
    .reduce(
      (yaml, e) => yaml.slice(0, e.from) + e.text.replace(/\r?\n/g, lineBreak) + yaml.slice(e.to),
      text,
    );
  // An empty frontmatter has no line break before its closing `---`: fields added to it need one.
  if (text === '') edited = edited.replace(/^(\r?\n)+/, '') + lineBreak;
  return source.slice(0, range.start) + edited + source.slice(range.end);
}

/**
 * The edits that give a map these values. `whole`: the values are the map's entire contents (a
 * nested map), so a field they leave out is removed; at the top, only the fields given are set.
 */
function editMap(
  context: Context,
  map: YAMLMap | null,
  values: Values,
  path: PropertyKey[],
  whole: boolean,
): Edit[] {
  const { text } = context;
  const pairs = (map?.items ?? []) as Pair[];
  const keys = new Set([...(whole ? pairs.map(keyOf) : []), ...Object.keys(values)]);
  const edits: Edit[] = [];
  let appended = '';
  for (const key of keys) {
    if (typeof key !== 'string') continue;
    const value = values[key];
    const pair = pairIn(map, key);
    if (same(value, valueOf(context, pair?.value))) continue;
    if (!pair) {
      // A new field goes after the map's last one, at its indentation.
      const first = pairs[0]?.key as Node | undefined;
      const indent = first?.range ? indentAt(text, first.range[0]) : '';
      const kept = openedText(context, [...path, key], value, indent);
      appended += `\n${indent}${key}:${kept ?? written(value, indent)}`;
      continue;
    }
    if (isEmpty(value)) {
      edits.push(removal(text, (pair.key as Node).range![0], valueSpan(text, pair).to));
      continue;
    }
    edits.push(...editValue(context, pair, value, [...path, key]));
  }
  if (appended) {
    const last = pairs.at(-1);
    // After the last field's line, its comment and all: a comment stays with its own field.
    const end = last ? valueSpan(text, last).to : text.length;
    const lineEnd = text.indexOf('\n', end);
    const at = lineEnd === -1 ? text.length : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    edits.push({ from: at, to: at, text: appended });
  }
  return edits;
}

/** The edits that give a field a new value, keeping how the value is written where it can. */
function editValue(context: Context, pair: Pair, value: unknown, path: PropertyKey[]): Edit[] {
  const { text } = context;
  const node = pair.value as Node | null;
  const indent = indentAt(text, (pair.key as Node).range![0]);
  const span = valueSpan(text, pair);
  const kept = openedText(context, path, value, indent);
  if (kept !== undefined) return [{ ...span, text: kept }];
  if (isMap(node) && isRecord(value)) {
    // A flow map `{ name: …, url: … }` is edited in place while it keeps its fields, else written
    // anew as a flow map: its fields cannot be added or removed line by line.
    const keys = (map: unknown) =>
      Object.keys((normal(map) ?? {}) as Values)
        .sort()
        .join();
    if (!node.flow || keys(value) === keys(valueOf(context, node))) {
      return editMap(context, node, value, path, true);
    }
    const flow = stringify(forYaml(value), { ...YAML_OPTIONS, lineWidth: 0, collectionStyle: 'flow' });
    return [{ from: node.range![0], to: endOf(text, node), text: flow.trimEnd() }];
  }
  if (isSeq(node) && Array.isArray(value)) return editSeq(context, node, value, path, span);
  if (isScalar(node) && node.range && node.value !== null && isScalarValue(value)) {
    return [{ from: node.range[0], to: span.to, text: scalarText(text, value, node, indent) }];
  }
  return [{ ...span, text: written(value, indent) }];
}

/** A list's edits: item by item when it keeps its length, else its items written anew in its style. */
function editSeq(
  context: Context,
  seq: YAMLSeq,
  values: unknown[],
  path: PropertyKey[],
  span: { from: number; to: number },
): Edit[] {
  const { text } = context;
  const items = seq.items as Node[];
  const changed = items.map((item, i) => !same(values[i], valueOf(context, item)));
  const inPlace = (item: Node, i: number) =>
    !changed[i] ||
    (isMap(item) && !item.flow && isRecord(values[i])) ||
    (isScalar(item) && item.value !== null && isScalarValue(values[i]));
  if (items.length === values.length && items.every((item, i) => item.range && inPlace(item, i))) {
    return items.flatMap((item, i) => {
      if (!changed[i]) return [];
      if (isMap(item)) return editMap(context, item, values[i] as Values, [...path, i], true);
      return [
        {
          from: item.range![0],
          to: endOf(text, item),
          text: scalarText(text, values[i], item as Scalar, ''),
        },
      ];
    });
  }
  // Items it had keep their text, wherever they now are; new ones are written like its first.
  const first = items[0]?.range?.[0];
  const prefix =
    first === undefined
      ? `${indentAt(text, span.from)}  - `
      : text.slice(text.lastIndexOf('\n', first - 1) + 1, first);
  const like = items.find(isScalar);
  const itemText = (value: unknown): string | undefined => {
    const old = items.find((item) => item.range && same(value, valueOf(context, item)));
    if (old) return text.slice(old.range![0], endOf(text, old));
    if (isScalarValue(value)) return like ? scalarText(text, value, like, '') : plainText(String(value));
    if (seq.flow) return undefined;
    const block = stringify(forYaml(value), { ...YAML_OPTIONS, lineWidth: 0, indent: 2 }).trimEnd();
    return block.replace(/\n/g, `\n${' '.repeat(prefix.replace(/\r/g, '').length)}`);
  };
  const texts = values.map(itemText);
  if (texts.some((t) => t === undefined))
    return [{ ...span, text: written(values, indentAt(text, span.from)) }];
  if (seq.flow) return [{ from: seq.range![0], to: endOf(text, seq), text: `[${texts.join(', ')}]` }];
  return [{ ...span, text: texts.map((t) => `\n${prefix}${t}`).join('') }];
}

/** The field's value text in the file as opened, when the value is set back to what it was there. */
function openedText(
  context: Context,
  path: PropertyKey[],
  value: unknown,
  indent: string,
): string | undefined {
  const opened = context.opened;
  if (!opened) return undefined;
  let node: unknown = opened.document.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = pairIn(node, segment);
      node = pair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      pair = undefined;
      node = node.items[segment];
    } else return undefined;
    if (node === undefined) return undefined;
  }
  if (!pair || !same(value, valueOf(opened, node))) return undefined;
  // Copied text is only right at the same depth: its continuation lines carry their indentation.
  if (indentAt(opened.text, (pair.key as Node).range![0]) !== indent) return undefined;
  const { from, to } = valueSpan(opened.text, pair);
  return opened.text.slice(from, to);
}

/** Removes a field: from the end of the line before it (or its own start) to the end of its value. */
function removal(text: string, keyStart: number, valueEnd: number): Edit {
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (lineStart > 0)
    return { from: text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1, to: valueEnd, text: '' };
  const next = text.indexOf('\n', valueEnd);
  return { from: 0, to: next < 0 ? text.length : next + 1, text: '' };
}

/**
 * A scalar written in the style of the one it replaces: plain, 'single' or "double" quoted, or a
 * block (`>-`, `|`) indented like it and folded at its width. Where the style cannot hold the
 * value (plain text YAML would misread, a line break in quotes), the yaml library picks one that can.
 */
function scalarText(text: string, given: unknown, node: Scalar, indent: string): string {
  const value = normal(given);
  if (typeof value !== 'string') return String(value);
  // A date stays a date: written plain, as YAML reads a date.
  if (DATE.test(value) && node.value instanceof Date) return value;
  let type = node.type;
  if (value.includes('\n') && (type === 'PLAIN' || type === 'QUOTE_SINGLE')) type = 'QUOTE_DOUBLE';
  const block = type === 'BLOCK_FOLDED' || type === 'BLOCK_LITERAL';
  // A block that kept its last line break (`|`, `>`) keeps it: the yaml library picks the header by it.
  const ending = block && String(node.value).endsWith('\n') && !value.endsWith('\n') ? '\n' : '';
  const lines = block ? text.slice(node.range![0], endOf(text, node)).split(/\r?\n/).slice(1) : [];
  // A folded block written over several lines is folded again at its longest line's width.
  const width =
    type === 'BLOCK_FOLDED' && lines.length > 1 ? Math.max(...lines.map((l) => l.trim().length)) : 0;
  const yaml = stringify(Object.assign(new Scalar(value + ending), { type }), {
    ...YAML_OPTIONS,
    lineWidth: width,
    minContentWidth: 0,
  }).replace(/\n$/, '');
  if (!yaml.startsWith('>') && !yaml.startsWith('|')) return yaml;
  const contentIndent = /^\s*/.exec(lines.find((l) => l.trim()) ?? '')![0] || `${indent}  `;
  const [header, ...content] = yaml.split('\n');
  return [header, ...content.map((line) => (line ? contentIndent + line : line))].join('\n');
}

/** A value for the yaml library to write, its YYYY-MM-DD texts as dates, which it writes plain. */
const forYaml = (value: unknown): unknown => {
  const plain = normal(value);
  if (typeof plain === 'string' && DATE.test(plain)) return new Date(plain);
  if (Array.isArray(plain)) return plain.map(forYaml);
  if (isRecord(plain)) return Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, forYaml(v)]));
  return plain;
};

/** A new value: a list of plain values as a flow list `[a, b]`, a map or a list of maps as a block. */
function written(value: unknown, indent: string): string {
  const plain = normal(value);
  if (Array.isArray(plain) && plain.every(isScalarValue)) {
    return ` [${plain.map((v) => (typeof v === 'string' ? plainText(v) : String(v))).join(', ')}]`;
  }
  if (plain !== null && typeof plain === 'object') {
    const block = stringify(forYaml(plain), { ...YAML_OPTIONS, lineWidth: 0, indent: 2 }).trimEnd();
    return `\n${block.replace(/^/gm, `${indent}  `)}`;
  }
  return ` ${typeof plain === 'string' ? plainText(plain) : String(plain)}`;
}

/** Text plain where YAML reads it back as the same text (a date as a date), quoted otherwise. */
function plainText(value: string): string {
  if (DATE.test(value)) return value;
  return stringify(value, { ...YAML_OPTIONS, lineWidth: 0 }).replace(/\n$/, '');
}
