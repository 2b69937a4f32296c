import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { withMdxCache } from './mdx-cache.ts';
import { headingAnchorOptions } from './plugins/heading-anchor.ts';
import { rehypeFootnoteBackrefs } from './plugins/rehype-footnote-backrefs.ts';
import { rehypeKeepCompounds } from './plugins/rehype-keep-compounds.ts';
import { remarkContentChecks } from './plugins/remark-content-checks.ts';
import { remarkFaqIds } from '../features/faq/remark-faq-ids.ts';
import { remarkMdxComponents } from './plugins/remark-mdx-components.ts';
import { remarkPollRegistry } from '../features/poll/remark-poll-registry.ts';
import { remarkMapRegistry } from '../features/locator-map/remark-map-registry.ts';
import { remarkFigures } from '../features/pictures/remark-figures.ts';
import { remarkTimeline } from '../features/timeline/remark-timeline.ts';
import { remarkGlossary } from '../features/glossary/remark-glossary.ts';
import { remarkTakeaways } from '../features/takeaways/remark-takeaways.ts';
import { remarkReadingTime } from './plugins/remark-reading-time.ts';
import { rehypeEditionWords } from '../features/editions/rehype-edition-words.ts';

/**
 * The Markdown pipeline every piece goes through, assembled once: astro.config.mjs hands it to
 * Astro, and the tests compile MDX through the very same processor (tests/support/render.ts).
 */
export const markdownOptions = {
  // remark-gfm is listed explicitly; `gfm: false` stops the processor adding a second copy.
  gfm: false,
  remarkPlugins: [
    remarkGfm,
    // Checks and component props first: the plugins after them read props already known to be good.
    remarkContentChecks,
    remarkMdxComponents,
    remarkFaqIds,
    remarkPollRegistry,
    remarkMapRegistry,
    // After the checks above (they read a <Figure>'s src as its author wrote it).
    remarkFigures,
    remarkTimeline,
    // After the FAQ's: the answers its share pages show keep no glossary buttons.
    remarkGlossary,
    // The frontmatter's takeaways against the piece's headings and language.
    remarkTakeaways,
    remarkReadingTime,
  ],
  // Ids first (from the heading's words), then the presentation of headings and sources.
  rehypePlugins: [
    rehypeSlug,
    [rehypeAutolinkHeadings, headingAnchorOptions],
    rehypeKeepCompounds,
    rehypeFootnoteBackrefs,
    // The footnotes' words in the page's edition, chosen at render time.
    rehypeEditionWords,
  ],
  remarkRehype: {
    footnoteLabel: 'Sources',
    footnoteLabelTagName: 'h2',
    // Visible: readers look for the sources (mdast-util-to-hast hides the label by default).
    footnoteLabelProperties: { className: ['sources-heading'] },
    // The reference's number alone: rehypeEditionWords turns it into the edition's words.
    footnoteBackLabel: (reference: number, rereference: number) =>
      `${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`,
  },
} satisfies UnifiedProcessorOptions;

/**
 * Astro 7's default Markdown engine skips remark and rehype plugins; this unified processor runs
 * ours for every `.mdx` piece, and keeps what it compiled for the next build (./mdx-cache.ts).
 */
export const markdownProcessor = () => withMdxCache(unified(markdownOptions));
