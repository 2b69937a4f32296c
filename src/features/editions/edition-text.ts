import type { ElementContent } from 'hast';
// The types of the MDX JSX nodes this module builds into hast.
import type {} from 'mdast-util-mdx-jsx';

/**
 * Words the Markdown pipeline writes into a piece (the Sources heading, the footnotes' and the
 * headings' link labels) are the edition's, but one compiled piece is rendered in its edition only
 * at render time, and the compile is cached whatever the strings say. So the pipeline writes an
 * `<EditionText>` component in their place (./components/EditionText.astro, one of the
 * components every piece is rendered with), which renders the page's edition's text.
 */
export const EDITION_TEXT = 'EditionText';

/** The strings the pipeline asks for (keys of ./strings/en.json; the component checks them). */
type PipelineKey =
  'piece.sources' | 'piece.backToText' | 'heading.linkToSection' | 'heading.copyLinkToSection';

/**
 * An `<EditionText k="…">` for hast: the edition's text for `key`, filled with `values`; with
 * `copy`, wrapped in a span whose `data-copy-text` is what the words become once their link
 * copies (src/components/share/CopyLinks.astro).
 */
export function editionText(
  key: PipelineKey,
  values: Record<string, string> = {},
  copy?: PipelineKey,
): ElementContent {
  const props = { k: key, ...(copy && { copy }), ...values };
  return {
    type: 'mdxJsxTextElement',
    name: EDITION_TEXT,
    attributes: Object.entries(props).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
    children: [],
  };
}
