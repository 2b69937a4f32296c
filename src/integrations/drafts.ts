import { writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publicationRecord, type PublicationRecord } from '../lib/build-output.ts';
import { parseRoute } from '../lib/routes.ts';
import { NOW_VARIABLE, publicationNow } from '../lib/schedule.ts';

/**
 * What a build publishes: drafts, and pieces scheduled for later, show in `astro dev` only.
 * - Decided by the Astro command itself, not by NODE_ENV or Vite's mode, which a shell or a test
 *   runner can set to anything: `astro build` never publishes a draft. Pages read the decision as
 *   `import.meta.env.SHOW_DRAFTS`.
 * - "Now" is fixed once when a build starts (`EXPLAINER_NOW`, unless the caller set it), so every
 *   page agrees on which scheduled pieces are out, however long the build takes. It travels in
 *   the environment, not in Vite's `define`: that would change Astro's config hash at every build
 *   and throw its incremental cache away.
 * - A finished build records which pieces it published, and as of when, in `<outDir>/publication.json`
 *   (outside the served files): what `npm run publish-due` compares the schedule with.
 */
export function drafts(): AstroIntegration {
  let outDir = '';
  return {
    name: 'explainer:drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
        // Checked here too, so a wrong value stops the build before anything is rendered.
        if (command === 'build') process.env[NOW_VARIABLE] = publicationNow().toISOString();
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': ({ assets, dir }) => {
        // Every page the build made or kept, by its file (a page's `pathname` would not tell the
        // 404 page, 404/, from a piece).
        const client = fileURLToPath(dir);
        const pieces = [...assets.values()]
          .flat()
          .map((url) => relative(client, fileURLToPath(url)).split(sep).join('/'))
          .filter((file) => file.endsWith('/index.html'))
          .map((file) => parseRoute(`/${file.slice(0, -'index.html'.length)}`))
          .flatMap((route) => (route.kind === 'piece' ? [route.slug] : []))
          .sort();
        const record: PublicationRecord = { asOf: publicationNow().toISOString(), pieces };
        writeFileSync(publicationRecord(outDir), `${JSON.stringify(record, null, 2)}\n`);
      },
    },
  };
}
