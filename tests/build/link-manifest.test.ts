import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
  brokenLinks,
  collectPublishedLinks,
  formatManifest,
  mergeNewLinks,
  readManifest,
} from '../../src/lib/link-manifest.ts';
import { staticDir } from '../../src/lib/built-site.ts';
import { buildFixture, removeBuild, type BuildResult } from './build-fixture.ts';

test('every link in the committed manifest still resolves in the built site', () => {
  expect(existsSync(join(staticDir(), 'index.html')), 'build the site first: npm run build').toBe(true);
  expect(brokenLinks(readManifest(), collectPublishedLinks(staticDir()))).toEqual([]);
});

test('the committed manifest records every link the site publishes (run npm run links:update)', () => {
  const unrecorded = Object.keys(collectPublishedLinks(staticDir())).filter(
    (link) => !(link in readManifest()),
  );
  expect(unrecorded).toEqual([]);
});

const work = mkdtempSync(join(tmpdir(), 'explainer-links-'));
const builds: BuildResult[] = [];
afterAll(() => {
  builds.forEach(removeBuild);
  rmSync(work, { recursive: true, force: true });
});

/** Runs the real `links` command against a fixture build; returns its exit code and output. */
function linksCommand(command: 'update' | 'check', dist: string, manifest: string) {
  const run = spawnSync('node', ['src/cli/links.ts', command, '--dist', dist, '--manifest', manifest], {
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

test('rewording a question breaks the manifest check with how to fix it; an alias mends it', () => {
  const content = join(work, 'content');
  const piece = join(content, 'piece.mdx');
  const manifest = join(work, 'links.lock.json');
  cpSync('tests/fixtures/links', content, { recursive: true });
  const original = readFileSync(piece, 'utf8');
  const build = () => {
    const result = buildFixture(content);
    builds.push(result);
    expect(result.ok, result.output).toBe(true);
    return result.siteDir;
  };

  // Publish: the question's anchor and share page are recorded.
  expect(linksCommand('update', build(), manifest).status).toBe(0);
  const recorded = readManifest(manifest);
  expect(recorded['/piece/#what-is-the-two-plus-two-dialogue']).toBe('faq');
  expect(recorded['/piece/faq/what-is-the-two-plus-two-dialogue/']).toBe('share-page');

  // Reword the question without an alias: both old links break, and the check says how to keep them.
  writeFileSync(piece, original.replace('What is the two-plus-two dialogue?', 'What is the 2+2 dialogue?'));
  const renamedDist = build();
  const broken = linksCommand('check', renamedDist, manifest);
  expect(broken.status).toBe(1);
  expect(broken.output).toContain('2 published link(s) no longer resolve');
  expect(broken.output).toContain(
    '/piece/#what-is-the-two-plus-two-dialogue — this FAQ answer was published and shared under the id ' +
      '"what-is-the-two-plus-two-dialogue", which no longer exists. If you reworded the question, keep old ' +
      'links working by adding the old id to the question: aliases={["what-is-the-two-plus-two-dialogue"]}. ' +
      'Or rename the question back.',
  );
  expect(broken.output).toContain('/piece/faq/what-is-the-two-plus-two-dialogue/ — this FAQ answer');

  // Updating records the new id but never drops the broken links silently.
  expect(linksCommand('update', renamedDist, manifest).output).toContain(
    'Kept 2 link(s) that no longer resolve',
  );
  expect(readManifest(manifest)).toMatchObject({ ...recorded, '/piece/#what-is-the-22-dialogue': 'faq' });

  // Add the old id as an alias: the old anchor and the old share page work again.
  writeFileSync(
    piece,
    original.replace(
      '<Question q="What is the two-plus-two dialogue?">',
      '<Question q="What is the 2+2 dialogue?" aliases={["what-is-the-two-plus-two-dialogue"]}>',
    ),
  );
  const mended = linksCommand('check', build(), manifest);
  expect(mended.output).toContain(
    `All ${Object.keys(readManifest(manifest)).length} published links resolve.`,
  );
  expect(mended.status).toBe(0);
});

test('updating the manifest adds new links and never removes recorded ones', () => {
  const recorded = { '/old/': 'page' as const, '/a/#x': 'section' as const };
  const { manifest, added } = mergeNewLinks(recorded, { '/a/#x': 'section', '/a/#y': 'faq' });
  expect(added).toEqual(['/a/#y']);
  expect(manifest).toEqual({ '/a/#x': 'section', '/a/#y': 'faq', '/old/': 'page' });
  expect(formatManifest(manifest).endsWith('\n')).toBe(true);
});
