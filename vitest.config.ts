/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
      // Build tests run `astro build` on fixtures; one at a time keeps them within the 2-core machine.
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  },
  // The dev toolbar would add `data-astro-source-*` attributes to Container API output.
  { devToolbar: { enabled: false } },
);
