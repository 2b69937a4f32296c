import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { blankFrontmatter } from '../frontmatter.ts';
/**
 * The piece's MDX as a syntax tree whose positions are offsets into the whole file: the frontmatter
 * is blanked out (its line breaks kept), never removed, so every offset still points at the same byte.
 */
export function parsePiece(source: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(blankFrontmatter(source)) as Root;
}

export type MdxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The innermost component (a capitalised tag) whose source holds `offset`, if any. */
export function componentAt(tree: Root, offset: number): MdxElement | undefined {
  let found: MdxElement | undefined;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxElement;
    const { start, end } = element.position ?? {};
    if (
      !element.name ||
      !/^[A-Z]/.test(element.name) ||
      start?.offset === undefined ||
      end?.offset === undefined
    )
      return;
    if (start.offset <= offset && offset <= end.offset) found = element; // deeper ones come later
  });
  return found;
}
