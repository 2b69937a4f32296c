import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withOwnHashes } from '../lib/csp-hashes.ts';

/**
 * Each built page's Content Security Policy allows the inline scripts and styles that page holds,
 * no others (src/lib/csp-hashes.ts). After pageFonts, which changes a Japanese page's font style
 * and its hash. Only this build's pages: a page an incremental build keeps was cut by the last one.
 */
export function cspHashes(): AstroIntegration {
  return {
    name: 'explainer:csp-hashes',
    hooks: {
      'astro:build:done': ({ assets }) => {
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        for (const file of pages) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(file, 'utf8');
          const cut = withOwnHashes(html);
          if (cut !== html) writeFileSync(file, cut);
        }
      },
    },
  };
}
