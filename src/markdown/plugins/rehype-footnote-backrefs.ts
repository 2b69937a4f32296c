import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { icons, SVG_ATTRIBUTES } from '../../components/icons/icons.ts';

const isBackref = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.properties['dataFootnoteBackref'] !== undefined;

/** The back-link arrow as inline SVG (the "↩" character is missing from many fonts). */
function arrow(): Element {
  return {
    type: 'element',
    tagName: 'svg',
    properties: { ...SVG_ATTRIBUTES, className: ['icon'] },
    children: icons.back.map(({ tag, attributes }) => ({
      type: 'element',
      tagName: tag,
      properties: { ...attributes },
      children: [],
    })),
  };
}

/**
 * The Sources list's links back to the text: each an SVG arrow (its number, for a source cited
 * twice, kept), and all of them held to the end of the source's line by non-breaking spaces, so
 * "↩ ↩²" never splits across lines.
 */
export function rehypeFootnoteBackrefs() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      node.children.forEach((child, i) => {
        if (!isBackref(child)) return;
        child.children = child.children.map((grandchild) =>
          grandchild.type === 'text' && grandchild.value.trim() === '↩' ? arrow() : grandchild,
        );
        const before = node.children[i - 1];
        if (before?.type === 'text' && /\s$/.test(before.value))
          before.value = before.value.replace(/\s+$/, '\u00a0');
      });
    });
  };
}
