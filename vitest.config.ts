/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests compile and render with the fixture newsroom's content folder (its tags), so they
// never depend on what editors publish in content/. Set before the Astro config is read.
process.env['CONTENT_DIR'] ??= 'tests/fixtures/newsroom';

export default getViteConfig(
  {
    test: {
      reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
      env: { CONTENT_DIR: process.env['CONTENT_DIR'] },
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // One project per suite, each with its own script (npm run test:unit, test:site, test:server,
      // test:build); `npm test` runs them all in one vitest (npm run test:vitest).
      projects: [
        // Library code, components and plugins, the poll, tooling: in parallel.
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
        {
          // Gates over the real site's build (npm run build) and the one file that knows what
          // content/ holds.
          extends: true,
          test: { name: 'site', include: ['tests/{site,content}/**/*.test.ts'] },
        },
        {
          // The production server as a process (tests/server): real sockets, signals, PostgreSQL,
          // on the fixture newsroom's build. One file at a time: the load tests want the cores.
          extends: true,
          test: { name: 'server', include: ['tests/server/**/*.test.ts'], fileParallelism: false },
        },
        {
          // Builds and the dev server share the project's .astro/ folder, so these files take
          // turns (beside the unit tests, which run in parallel).
          extends: true,
          // Each builds the fixture newsroom (three editions) once or more: minutes, not seconds.
          test: {
            name: 'build',
            include: ['tests/build/**/*.test.ts'],
            fileParallelism: false,
            testTimeout: 300_000,
            hookTimeout: 300_000,
          },
        },
      ],
    },
  },
  // The dev toolbar would add `data-astro-source-*` attributes to Container API output.
  { devToolbar: { enabled: false } },
);
