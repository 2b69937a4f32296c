import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { componentDefinition } from '../../components/registry.ts';
import { readingMinutes } from '../../lib/reading-time.ts';
import { isMdxJsxElement, readAttribute, setFrontmatter } from './mdx-jsx.ts';

/**
 * Puts `readingMinutes` into the piece's frontmatter (Astro's remark-frontmatter recipe), counted
 * from the text readers see: the Markdown, plus the props each component's definition marks as
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
    setFrontmatter(file, 'readingMinutes', readingMinutes(texts.join(' ')));
  };
}
