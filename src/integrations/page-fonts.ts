import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fallbackStyle, withFacesFor } from '../lib/page-fonts.ts';
import { parseRoute } from '../lib/routes.ts';

/**
 * Each built page of a CJK edition declares only the Japanese fallback's slices its own text needs.
 *
 * The layout (src/layouts/BaseLayout.astro) writes all 120 of Noto Serif JP's `@font-face` rules
 * (src/styles/fonts.ts): 31 KB compressed in every Japanese page, for every reader, though nearly
 * all have Japanese fonts of their own and fetch no slice. Once the pages are written, each keeps
 * the rules whose characters it holds (src/lib/page-fonts.ts): the reader with no Japanese font
 * still gets every glyph of the page. Done on the finished HTML, so every kind of page (pieces,
 * front pages, topics, share pages, 404) is cut by its own text, whatever component wrote it.
 *
 * The search page keeps all 120: it shows other pages' words (Pagefind's results), from pages an
 * incremental build adds while keeping the search page as it was, so the characters of today's
 * pages would not do for tomorrow's. Pages rendered on demand (a poll's results) keep all 120 too.
 * Each page is cut from the search page's rules, not from its own: a page an incremental build
 * keeps was cut by the last build, which may have needed fewer rules than this build's code does.
 */
export function pageFonts(): AstroIntegration {
  return {
    name: 'explainer:page-fonts',
    hooks: {
      'astro:build:done': ({ assets, dir }) => {
        const client = fileURLToPath(dir);
        const pages = [...new Set([...assets.values()].flat().map((url) => fileURLToPath(url)))]
          .filter((file) => file.endsWith('.html'))
          .map((file) => ({
            file,
            route: parseRoute(`/${relative(client, file).split(sep).join('/')}`.replace(/index\.html$/, '')),
          }))
          .filter(({ route }) => route.edition.script === 'cjk');
        // Every rule, as the layout wrote them, from the page that keeps them all.
        const allFaces = new Map(
          pages
            .filter(({ route }) => route.kind === 'search')
            .map(({ file, route }) => [route.edition.code, fallbackStyle(readFileSync(file, 'utf8'))]),
        );
        for (const { file, route } of pages) {
          if (route.kind === 'search') continue;
          const html = readFileSync(file, 'utf8');
          const cut = withFacesFor(html, file, allFaces.get(route.edition.code));
          // Written only when cutting changes it: a page kept from the last build stays as it was.
          if (cut !== html) writeFileSync(file, cut);
        }
      },
    },
  };
}
