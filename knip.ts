import type { KnipConfig } from 'knip';

/**
 * The dead-code check (`npm run lint`): every file, export and dependency must be used from a real
 * entry point. Knip reads package.json's scripts, Astro's pages, vitest's and Playwright's tests
 * by its plugins; the entries below are what it cannot see, each with the reason.
 */
const config: KnipConfig = {
  entry: [
    // `npm run <script>` runs these through src/commands/with-node.mjs, which knip sees but not the
    // script it is handed.
    'src/commands/*.ts',
    // Started as processes by the benchmarks (src/commands/bench-*.ts), by path.
    'src/tooling/bench/bare-*-server.ts',
    // The piece editor's browser script, loaded by a <script src> in src/tooling/editor/page.ts.
    'src/tooling/editor/start.ts',
    // `npm run build:fixtures`, also run by path like the commands.
    'tests/support/build-newsroom.ts',
    // .ci/run runs it by path.
    '.ci/summarize.mjs',
    // html-validate reads its configuration file by name.
    '.htmlvalidate.mjs',
  ],
  project: ['**/*.{ts,mjs,astro}', 'src/pages/**/*.mdx'],
  // The font packages are read from disk by name (src/lib/fontsource.ts), never imported;
  // Pagefind runs as node_modules/.bin/pagefind (src/tooling/site-build.ts); the sitemap tests
  // read the sitemaps.org schema the `sitemap` package ships (tests/support/feeds.ts).
  ignoreDependencies: [
    '@fontsource/inter',
    '@fontsource/source-sans-3',
    '@fontsource/source-serif-4',
    'pagefind',
    'sitemap',
  ],
  // Until branch p3-rename is merged: the piece editor's Rename and Withdraw brought this file over
  // from it, and its pages and server (not on this branch) use the rest of its exports. The merge
  // removes this line.
  ignore: ['src/features/moved-pieces/moved.ts'],
  // Programs from Debian's packages that the tests and benchmarks start when they are installed.
  ignoreBinaries: ['pg_config', 'nginx'],
};

export default config;
