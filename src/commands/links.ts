/**
 * The published-links manifest (content/links.lock.json), like a lockfile for shared URLs.
 *   node src/commands/links.ts update   record links the built site newly publishes (never removes any)
 *   node src/commands/links.ts check    fail if a recorded link no longer resolves, saying how to keep it
 * Both read the built site: run `npm run build` first. Options: --dist DIR, --manifest FILE.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  brokenLinks,
  collectPublishedLinks,
  formatManifest,
  MANIFEST_PATH,
  mergeNewLinks,
  readManifest,
} from '../tooling/link-manifest.ts';
import { staticDir } from '../lib/build-output.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: staticDir() },
    manifest: { type: 'string', default: MANIFEST_PATH },
  },
});
const command = positionals[0];
const published = collectPublishedLinks(values.dist);
const manifest = readManifest(values.manifest);

if (command === 'update') {
  const { manifest: next, added } = mergeNewLinks(manifest, published);
  writeFileSync(values.manifest, formatManifest(next));
  console.log(added.length ? `Added ${added.length} link(s):\n  ${added.join('\n  ')}` : 'No new links.');
  const broken = brokenLinks(next, published);
  if (broken.length)
    console.warn(`\nKept ${broken.length} link(s) that no longer resolve (see npm run links:check).`);
} else if (command === 'check') {
  const broken = brokenLinks(manifest, published);
  const unrecorded = Object.keys(published).filter((link) => !(link in manifest));
  if (broken.length) {
    console.error(`${broken.length} published link(s) no longer resolve:\n\n${broken.join('\n\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`All ${Object.keys(manifest).length} published links resolve.`);
  }
  if (unrecorded.length)
    console.log(`${unrecorded.length} new link(s) not recorded yet: run npm run links:update.`);
} else {
  console.error('Usage: node src/commands/links.ts update|check [--dist DIR] [--manifest FILE]');
  process.exitCode = 2;
}
