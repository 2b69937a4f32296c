import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { slugify } from '../lib/slug.ts';
import { readAttribute } from '../markdown/plugins/mdx-jsx.ts';
import { parsePiece, type MdxElement } from './editor/mdx-source.ts';

/** One `<Question>` as written in a piece's MDX, with the id its answer gets. */
export interface WrittenQuestion {
  /** The answer's id: its `id` prop, or else the question slugged, as the build gives it. */
  id: string;
  question: string;
  /** Whether `id="…"` is written on it. */
  explicit: boolean;
  /** Where `<Question` starts in the file. */
  offset: number;
  /** Just after `<Question`, where a prop can be added. */
  afterName: number;
  /** Where its `aliases` prop is written, the space before it included; undefined without one. */
  aliases?: { from: number; to: number } | undefined;
}

/**
 * Every `<Question>` of a piece's text, read from its source without building it, the ids given as
 * the build gives them (src/features/faq/remark-faq-ids.ts: the `id` prop, or the question slugged).
 * For the content check (a translation keeps the original's ids) and for starting a translation
 * (each question given its id in writing). A question whose props are not plain text is skipped:
 * the build stops on it, saying why.
 */
export function writtenQuestions(source: string): WrittenQuestion[] {
  const file = new VFile({ value: source });
  const found: WrittenQuestion[] = [];
  visit(parsePiece(source), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxElement;
    const offset = element.position?.start.offset;
    if (element.name !== 'Question' || offset === undefined) return;
    try {
      const question = readAttribute(file, element, 'q');
      const id = readAttribute(file, element, 'id');
      if (typeof question !== 'string') return;
      const explicit = typeof id === 'string' && id.trim() !== '';
      const aliases = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'aliases');
      const { start, end } = aliases?.position ?? {};
      found.push({
        id: explicit ? id : slugify(question),
        question,
        explicit,
        offset,
        afterName: source.indexOf('Question', offset) + 'Question'.length,
        aliases:
          start?.offset === undefined || end?.offset === undefined
            ? undefined
            : { from: source.slice(0, start.offset).trimEnd().length, to: end.offset },
      });
    } catch {
      // Not plain text: the build names the prop.
    }
  });
  return found;
}
