// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import { site } from './src/site.config.ts';
import { DEFAULT_EDITION, EDITIONS } from './src/features/editions/editions.ts';
import { drafts } from './src/integrations/drafts.ts';
import { pieceEditor } from './src/integrations/editor.ts';
import { keepOutput } from './src/integrations/keep-output.ts';
import { cspHashes } from './src/integrations/csp-hashes.ts';
import { pageFonts } from './src/integrations/page-fonts.ts';
import { distDir } from './src/lib/build-output.ts';
import { cacheDir } from './src/lib/cache-dir.ts';
import { contentDir } from './src/lib/content-paths.ts';
import { markdownProcessor } from './src/markdown/pipeline.ts';
import { quoteLinkScript } from './src/features/quote-links/vite-plugin.ts';
import { fonts } from './src/styles/fonts.ts';
import { LAYER_ORDER_HASH } from './src/styles/layers.ts';

export default defineConfig({
  site: site.url,
  // Pages are built ahead as static files; only the poll (src/pages/api/polls, src/pages/polls)
  // renders on demand. The site's own server (src/server/site-server.ts, `npm start`) serves both, with
  // Astro's handler as its middleware. The static files alone (dist/client) can go to any static
  // host: see the README.
  adapter: node({ mode: 'middleware' }),
  // The poll has no logins; the adapter would otherwise set up file-backed sessions nobody uses.
  session: false,
  trailingSlash: 'always',
  // The editions (src/features/editions/editions.ts), so Astro.currentLocale agrees with them.
  // Routing is the site's own (src/lib/routes.ts, the [...edition] pages): nothing is redirected,
  // by the browser's language or otherwise.
  i18n: {
    defaultLocale: DEFAULT_EDITION.code,
    locales: EDITIONS.map((edition) => ({ path: edition.code, codes: [edition.lang] })),
    routing: 'manual',
  },
  // CSS inline in each page (hashed by the CSP): the first paint needs no request after the HTML.
  // Concurrency lets pages render while preview cards rasterise off the main thread (see src/lib/card.ts).
  build: { inlineStylesheets: 'always', concurrency: 16 },
  devToolbar: { enabled: false },
  fonts,
  // Builds of other content (fixtures, benchmarks; see CONTENT_DIR) keep their output (DIST_DIR)
  // and content cache apart, so they never overwrite or reuse the real site's.
  outDir: distDir(),
  cacheDir,
  vite: {
    plugins: [quoteLinkScript()],
    // `@content/tags.json` is the tag list of the content folder this build reads.
    resolve: { alias: { '@content': resolve(contentDir) } },
    build: {
      rolldownOptions: {
        // Every MDX piece makes Rolldown warn about Astro's own "use astro:head-inject" directive,
        // which Astro reads itself (withastro/astro#18087): ten lines a piece would bury the
        // warnings that matter in a build of a thousand pieces. Only that warning is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // A strict Content Security Policy on every page: Astro hashes the scripts and styles it
  // processes; nothing inline or third-party is allowed.
  security: {
    // The vote API checks Origin itself and refuses with a JSON error like its other refusals
    // (Astro's own check answers in plain text and only for form posts).
    checkOrigin: false,
    csp: {
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { hashes: [LAYER_ORDER_HASH] },
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
  // Pages whose code and cacheKey (src/lib/cache-keys.ts) are unchanged are copied from the last
  // build (node_modules/.astro, or ASTRO_CACHE_DIR) instead of rendered: after editing one piece,
  // a rebuild renders that piece's pages and the pages that list it.
  experimental: { incrementalBuild: true },
  // pageFonts after keepOutput: it rewrites only this build's pages, once the stale ones are gone;
  // cspHashes last, over the pages as they will be served.
  integrations: [drafts(), mdx(), pieceEditor(), keepOutput(), pageFonts(), cspHashes()],
  markdown: {
    // Code samples are rare in explainers; Shiki's inline colour styles would need a looser CSP.
    syntaxHighlight: false,
    processor: markdownProcessor(),
  },
});
