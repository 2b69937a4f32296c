import type { Element } from 'hast';
import type { Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { setPageData } from '../../markdown/page-data.ts';
import { DEFAULT_GLOSSARY, editionOfPieceFile, glossaries, type GlossaryEntry } from './glossary.ts';
import { termFinder } from './match.ts';
import { noteId, type GlossaryNote } from './notes.ts';

/** The term's first use, a button that opens its definition (GlossaryNotes.astro draws both sides). */
interface GlossaryTerm extends Parent {
  type: 'glossaryTerm';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    glossaryTerm: GlossaryTerm;
  }
  interface RootContentMap {
    glossaryTerm: GlossaryTerm;
  }
}

/**
 * Where a term's first use may become a button: running text, in paragraphs (and so list items)
 * and in the body of a component (callouts, FAQ answers, timeline events, interview turns), which
 * MDX leaves without a paragraph when it is written on the tag's line.
 */
const PROSE = new Set<string>(['paragraph', 'mdxJsxFlowElement']);

/**
 * Never headings, links, footnote definitions (the Sources), tables, code, or an inline component's
 * text; component props (a callout's title, an FAQ question) are no text nodes at all.
 */
const NOT_PROSE = new Set<string>([
  'heading',
  'link',
  'linkReference',
  'footnoteDefinition',
  'table',
  'code',
  'inlineCode',
  'html',
  'mdxJsxTextElement',
]);

/**
 * The glossary used in place: in a piece's prose, the first use of each term of its edition's
 * glossary (src/features/glossary/glossary.ts) becomes a button that opens the term's definition in
 * a popover. The definitions go to the page as its `terms` page data, with what the glossary
 * says of each (a changed definition compiles the piece again); GlossaryNotes.astro draws them after
 * the text, where they also print as notes. A piece turns a term off with `glossary: { off: [id] }`
 * in its frontmatter (the content schema checks the ids).
 *
 * Runs after the FAQ plugin, so the answers its share pages show stay plain text.
 */
export function remarkGlossary() {
  return (tree: Root, file: VFile) => {
    // Text without a file (a test's) is in the default edition, like a piece outside an edition folder.
    const edition = file.path ? editionOfPieceFile(file.path) : DEFAULT_GLOSSARY;
    const entries = glossaries().get(edition) ?? [];
    const off = turnedOff(file);
    const find = termFinder(entries.filter((entry) => !off.has(entry.id)));
    const used: GlossaryEntry[] = [];

    const visit = (parent: Parent, inProse: boolean) => {
      for (let index = 0; index < parent.children.length; index++) {
        const node = parent.children[index] as RootContent;
        if (NOT_PROSE.has(node.type)) continue;
        if (node.type === 'text' && inProse) {
          const replacement = markFirstUses(node, find, used);
          parent.children.splice(index, 1, ...replacement);
          index += replacement.length - 1;
        } else if ('children' in node) visit(node, inProse || PROSE.has(node.type));
      }
    };
    visit(tree, false);

    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const onPage = new Set(used.map((entry) => entry.id));
    const notes: GlossaryNote[] = used.map(({ id, term, definition, sources, seeAlso }) => ({
      id,
      term,
      definition,
      sources,
      seeAlso: seeAlso.map((other) => ({
        id: other,
        term: byId.get(other)!.term,
        onPage: onPage.has(other),
      })),
    }));
    setPageData(file, 'terms', notes);
  };
}

/** The ids this piece's frontmatter turns off; what is not a list of ids is the schema's to report. */
function turnedOff(file: VFile): Set<string> {
  const frontmatter = (file.data['astro'] as { frontmatter?: { glossary?: { off?: unknown } } } | undefined)
    ?.frontmatter;
  const off = frontmatter?.glossary?.off;
  return new Set(Array.isArray(off) ? off.filter((id): id is string => typeof id === 'string') : []);
}

/** Punctuation written against a word: opening quotes and brackets before it; closing ones, commas and stops after. */
const BEFORE = /[\p{Ps}\p{Pi}]+$/u;
const AFTER = /^[\p{Pe}\p{Pf}\p{Po}]+/u;

/**
 * The text with each term not yet used made a button; every later use stays text. A button is laid
 * out as one box, which a line may break before or after: punctuation written against the term
 * goes with it in a `.nowrap` span, so “Two plus Two” never leaves its quotes on another line.
 */
function markFirstUses(
  node: Text,
  find: ReturnType<typeof termFinder>,
  used: GlossaryEntry[],
): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let from = 0;
  for (const match of find(node.value)) {
    if (used.includes(match.entry) || match.index < from) continue;
    used.push(match.entry);
    const end = match.index + match.text.length;
    const before = BEFORE.exec(node.value.slice(from, match.index))?.[0] ?? '';
    const after = AFTER.exec(node.value.slice(end))?.[0] ?? '';
    const start = match.index - before.length;
    if (start > from) parts.push({ type: 'text', value: node.value.slice(from, start) });
    const button: Element = {
      type: 'element',
      tagName: 'button',
      properties: { type: 'button', className: ['glossary-term'], popoverTarget: noteId(match.entry.id) },
      children: [{ type: 'text', value: match.text }],
    };
    const attached = before || after;
    parts.push({
      type: 'glossaryTerm',
      data: attached
        ? {
            hName: 'span',
            hProperties: { className: ['nowrap'] },
            hChildren: [
              ...(before ? [{ type: 'text' as const, value: before }] : []),
              button,
              ...(after ? [{ type: 'text' as const, value: after }] : []),
            ],
          }
        : { hName: 'button', hProperties: button.properties, hChildren: button.children },
      children: [{ type: 'text', value: before + match.text + after }],
    });
    from = end + after.length;
  }
  if (parts.length === 0) return [node];
  if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
  return parts;
}
