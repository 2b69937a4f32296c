import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { splitCompounds } from '../../lib/compounds.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3']);

/** Keeps each hyphenated compound in a heading on one line ("Japan-Vietnam"; src/lib/compounds.ts). */
export function rehypeKeepCompounds() {
  return (tree: Root) => {
    visit(tree, 'element', (heading: Element) => {
      if (!HEADINGS.has(heading.tagName)) return;
      visit(heading, 'text', (text, index, parent) => {
        if (index === undefined || !parent) return;
        const runs = splitCompounds(text.value);
        if (!runs.some((run) => run.compound)) return;
        const nodes: ElementContent[] = runs.map(({ text: value, compound }) =>
          compound
            ? {
                type: 'element',
                tagName: 'span',
                properties: { className: ['nowrap'] },
                children: [{ type: 'text', value }],
              }
            : { type: 'text', value },
        );
        parent.children.splice(index, 1, ...nodes);
        return [SKIP, index + nodes.length];
      });
      return SKIP;
    });
  };
}
