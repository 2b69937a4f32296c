import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { linksFile } from '../../src/lib/content-paths.ts';
import { staticDir } from '../../src/lib/build-output.ts';
import { brokenLinks, collectPublishedLinks, readManifest } from '../../src/tooling/link-manifest.ts';

// The real site: every link it ever published (content/links.lock.json) must still resolve.
const site = staticDir();
const recorded = () => readManifest(linksFile('content'));

test('every link in the committed manifest still resolves in the built site', () => {
  expect(existsSync(join(site, 'index.html')), 'build the site first: npm run build').toBe(true);
  expect(brokenLinks(recorded(), collectPublishedLinks(site))).toEqual([]);
});

test('the committed manifest records every link the site publishes (run npm run links:update)', () => {
  const manifest = recorded();
  expect(Object.keys(collectPublishedLinks(site)).filter((link) => !(link in manifest))).toEqual([]);
});
