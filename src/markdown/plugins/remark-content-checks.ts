import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { failAt, isMdxJsxElement, readAttribute } from './mdx-jsx.ts';

/**
 * Stops the build on Markdown mistakes that would otherwise publish silently broken content:
 * - an image without alt text (screen-reader users would get nothing);
 * - a footnote reference `[^name]` with no definition (GFM prints it as literal text);
 * - a footnote definition nothing refers to (GFM drops it, and the source disappears).
 */
export function remarkContentChecks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'image' && !node.alt?.trim()) {
        failAt(
          file,
          node,
          `the image ${node.url} has no alt text. Describe it for readers who cannot see it: ![What the image shows](${node.url}).`,
          { ruleId: 'image-alt' },
        );
      }
      if (
        isMdxJsxElement(node) &&
        (node.name === 'img' || node.name === 'Image') &&
        !String(readAttribute(file, node, 'alt') ?? '').trim()
      ) {
        failAt(file, node, `the <${node.name}> has no alt text. Add alt="what the image shows".`, {
          field: 'alt',
          ruleId: 'image-alt',
        });
      }
    });

    const referenced = new Set<string>();
    visit(tree, 'footnoteReference', (node) => void referenced.add(node.identifier));
    visit(tree, 'text', (node) => {
      const match = /\[\^([^\]\s]+)\]/.exec(node.value);
      if (match) {
        failAt(
          file,
          node,
          `the footnote [^${match[1]}] has no definition, so readers would see "[^${match[1]}]" instead of a source. ` +
            `Add a line "[^${match[1]}]: The source, with a [link](https://…)." at the end of the piece, or fix the name.`,
          { ruleId: 'footnote-undefined' },
        );
      }
    });
    visit(tree, 'footnoteDefinition', (node) => {
      if (!referenced.has(node.identifier)) {
        failAt(
          file,
          node,
          `the footnote [^${node.label ?? node.identifier}] is defined but never cited, so it would not be shown. ` +
            `Cite it in the text with [^${node.label ?? node.identifier}], or remove the definition.`,
          { ruleId: 'footnote-unused' },
        );
      }
    });
  };
}
