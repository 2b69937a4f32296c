// @ts-check
import { readFileSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const { devDependencies } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The site never depends on development tooling: neither src/tooling/ nor a devDependency (types
 * excepted), which production installs leave out.
 */
/** @type {import('eslint').Linter.RulesRecord} */
const siteImports = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['**/tooling/**'],
          message: 'src/tooling/ is development tooling; site code must not import it.',
        },
      ],
      paths: Object.keys(devDependencies).map((name) => ({
        name,
        allowTypeImports: true,
        message: `${name} is a devDependency (tooling and tests only); the site must not import it.`,
      })),
    },
  ],
};

/** The commands a production server runs; every other command in src/commands/ is tooling. */
const productionCommands = ['src/commands/serve.ts', 'src/commands/poll-store.ts'];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-builds/',
      '.astro/',
      'node_modules/',
      'reports/',
      'test-results/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Pages, components, features, runtime helpers and the server.
  {
    files: ['src/**/*.{ts,mjs,astro}', 'astro.config.mjs'],
    ignores: ['src/tooling/**', 'src/commands/**'],
    rules: siteImports,
  },
  { files: productionCommands, rules: siteImports },
);
