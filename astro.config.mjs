// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import node from '@astrojs/node';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { site } from './src/site.config.ts';
import { drafts } from './src/integrations/drafts.ts';
import { remarkMdxComponents } from './src/plugins/remark-mdx-components.ts';
import { remarkFaqIds } from './src/plugins/remark-faq-ids.ts';
import { headingAnchorOptions } from './src/plugins/heading-anchor.ts';
import { remarkReadingTime } from './src/plugins/remark-reading-time.ts';
import { remarkContentChecks } from './src/plugins/remark-content-checks.ts';
import { remarkPollRegistry } from './src/plugins/remark-poll-registry.ts';

export default defineConfig({
  site: site.url,
  // Pages are built ahead as static files; only the poll (src/pages/api/polls, src/pages/polls)
  // renders on demand, served by the same Node process that serves the pages (`npm start`).
  // The static files alone (dist/client) can go to any static host: see the README.
  adapter: node({ mode: 'standalone' }),
  // The poll has no logins; the adapter would otherwise set up file-backed sessions nobody uses.
  session: false,
  trailingSlash: 'always',
  // CSS inline in each page (hashed by the CSP): the first paint needs no request after the HTML.
  // Concurrency lets pages render while preview cards rasterise off the main thread (see src/lib/card.ts).
  build: { inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  // Builds of other content (fixtures, benchmarks; see ARTICLES_DIR) keep their output and content
  // cache apart, so they never overwrite or reuse the real site's.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // A strict Content Security Policy on every page: Astro hashes the scripts and styles it
  // processes; nothing inline or third-party is allowed.
  security: {
    // The vote API checks Origin itself and refuses with a JSON error like its other refusals
    // (Astro's own check answers in plain text and only for form posts).
    checkOrigin: false,
    csp: {
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    drafts(),
    mdx(),
    // Every built page, share pages included; drafts are never built.
    // The style guide is a tool for editors, not a page to find.
    sitemap({ filter: (page) => !/^\/(404|style-guide)\b/.test(new URL(page).pathname) }),
  ],
  markdown: {
    // Code samples are rare in explainers; Shiki's inline colour styles would need a looser CSP.
    syntaxHighlight: false,
    // Astro 7's default engine skips remark/rehype plugins; ours must run for every .mdx piece.
    processor: unified({
      // remark-gfm is listed below explicitly; `gfm: false` stops the processor adding a second copy.
      gfm: false,
      remarkPlugins: [
        remarkGfm,
        remarkContentChecks,
        remarkMdxComponents,
        remarkFaqIds,
        remarkPollRegistry,
        remarkReadingTime,
      ],
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
