import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { anchorPath, sharePath } from '../../src/lib/routes.ts';
import { collectPublishedLinks, formatManifest, readManifest } from '../../src/tooling/link-manifest.ts';
import { NEWSROOM } from '../support/newsroom.ts';

const work = mkdtempSync(join(tmpdir(), 'explainer-links-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the real `links` command against the newsroom build; returns its exit code and output. */
function links(command: 'update' | 'check', manifest: string) {
  const run = spawnSync(
    process.execPath,
    ['src/commands/links.ts', command, '--dist', NEWSROOM.siteDir, '--manifest', manifest],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

test('links:update records every published link; links:check then passes', () => {
  const manifest = join(work, 'fresh.lock.json');
  expect(links('update', manifest).status).toBe(0);
  expect(readManifest(manifest)).toEqual(collectPublishedLinks(NEWSROOM.siteDir));
  const check = links('check', manifest);
  expect(check.output).toContain(
    `All ${Object.keys(readManifest(manifest)).length} published links resolve.`,
  );
  expect(check.status).toBe(0);
});

test('an answer published under an id that is gone fails the check, saying to add the alias', () => {
  const manifest = join(work, 'reworded.lock.json');
  const published = collectPublishedLinks(NEWSROOM.siteDir);
  writeFileSync(
    manifest,
    formatManifest({
      ...published,
      [anchorPath('every-component', 'what-was-a-fixture')]: 'faq',
      [sharePath('every-component', 'what-was-a-fixture')]: 'share-page',
    }),
  );
  const check = links('check', manifest);
  expect(check.status).toBe(1);
  expect(check.output).toContain('2 published link(s) no longer resolve');
  expect(check.output).toContain(
    `${anchorPath('every-component', 'what-was-a-fixture')} — this FAQ answer was published and shared under the id ` +
      '"what-was-a-fixture", which no longer exists. If you reworded the question, keep old links working ' +
      'by adding the old id to the question: aliases={["what-was-a-fixture"]}. Or rename the question back.',
  );
  // Updating records what is new but never drops a broken link silently.
  expect(links('update', manifest).output).toContain('Kept 2 link(s) that no longer resolve');
});
