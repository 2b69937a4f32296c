/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** The id remark-rehype gives the footnotes ("Sources") heading; the page lists sources itself. */
export const FOOTNOTES_HEADING_ID = 'footnote-label';

/**
 * The table of contents: h2 sections with their h3 subsections, without the footnotes heading.
 * An h3 before any h2 is kept at the top level rather than dropped.
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (slug === FOOTNOTES_HEADING_ID || depth < 2 || depth > 3) continue;
    const entry: TocEntry = { slug, text, children: [] };
    const parent = toc.at(-1);
    if (depth === 3 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}
