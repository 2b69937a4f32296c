import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { readingMinutes } from '../lib/reading-time.ts';
import { isMdxJsxElement } from './mdx-jsx.ts';

/** Texts readers see that live in props, not in the Markdown itself (a question, a poll option). */
const READ_PROPS = new Set(['q', 'question', 'title', 'speaker', 'options']);

/**
 * Puts `readingMinutes` into the piece's frontmatter (Astro's remark-frontmatter recipe), counted
 * from the text readers see: Markdown text plus the props that render as text.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const texts = [toString(tree)];
    visit(tree, (node) => {
      if (!isMdxJsxElement(node)) return;
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || !READ_PROPS.has(attr.name)) continue;
        texts.push(typeof attr.value === 'string' ? attr.value : (attr.value?.value ?? ''));
      }
    });
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, readingMinutes: readingMinutes(texts.join(' ')) };
  };
}
