// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { site } from './src/site.config.ts';
import { remarkMdxComponents } from './src/plugins/remark-mdx-components.ts';
import { remarkFaqIds } from './src/plugins/remark-faq-ids.ts';
import { headingAnchorOptions } from './src/plugins/heading-anchor.ts';
import { remarkReadingTime } from './src/plugins/remark-reading-time.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // Builds of other content (fixtures, benchmarks; see ARTICLES_DIR) keep their output and content
  // cache apart, so they never overwrite or reuse the real site's.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    mdx(),
    // Every built page, share pages included; drafts are never built. The 404 page is not a page to find.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/404') }),
  ],
  markdown: {
    // Astro 7's default engine skips remark/rehype plugins; ours must run for every .mdx piece.
    processor: unified({
      // remark-gfm is listed below explicitly; `gfm: false` stops the processor adding a second copy.
      gfm: false,
      remarkPlugins: [remarkGfm, remarkMdxComponents, remarkFaqIds, remarkReadingTime],
      rehypePlugins: [rehypeSlug, [rehypeAutolinkHeadings, headingAnchorOptions]],
      remarkRehype: {
        footnoteLabel: 'Sources',
        footnoteLabelTagName: 'h2',
        // Visible: readers look for the sources (mdast-util-to-hast hides the label by default).
        footnoteLabelProperties: { className: ['sources-heading'] },
      },
    }),
  },
});
