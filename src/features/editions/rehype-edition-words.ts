import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { editionText } from './edition-text.ts';

/** The id remark-rehype gives the footnotes' ("Sources") heading. */
const FOOTNOTES_LABEL_ID = 'footnote-label';

/**
 * Puts the edition's words where remark-rehype wrote its own in a piece's footnotes: the Sources
 * heading, and each back-link's label ("Back to reference 2"), which becomes words for screen
 * readers inside the link (an attribute cannot hold a component). The pipeline has
 * `footnoteBackLabel` write the reference's number alone (src/markdown/pipeline.ts).
 */
export function rehypeEditionWords() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.properties['id'] === FOOTNOTES_LABEL_ID) {
        node.children = [editionText('piece.sources')];
        return;
      }
      if (node.properties['dataFootnoteBackref'] === undefined) return;
      const ref = String(node.properties['ariaLabel'] ?? '');
      delete node.properties['ariaLabel'];
      node.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['sr-only'] },
        children: [editionText('piece.backToText', { ref })],
      });
    });
  };
}
