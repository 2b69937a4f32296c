import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { componentDefinition } from '../../components/registry.ts';
import { readingMinutes } from '../../lib/reading-time.ts';
import { setPageData } from '../page-data.ts';
import { isMdxJsxElement, readAttribute } from './mdx-jsx.ts';

/**
 * Hands the page its `readingMinutes` (../page-data.ts), counted from the text readers see: the Markdown, plus the props each component's definition marks as
 * read on the page (a question, a poll's answers).
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const texts = [toString(tree)];
    visit(tree, (node) => {
      if (!isMdxJsxElement(node) || !node.name) return;
      for (const prop of componentDefinition(node.name)?.readableProps ?? []) {
        texts.push([readAttribute(file, node, prop) ?? ''].flat().join(' '));
      }
    });
    setPageData(file, 'readingMinutes', readingMinutes(texts.join(' ')));
  };
}
