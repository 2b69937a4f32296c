import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { linkNodeModules } from '../../src/tooling/built-site.ts';
import { buildsDir, staticDir } from '../../src/lib/build-output.ts';
import { buildSite } from '../../src/tooling/site-build.ts';
import { editorEnv } from '../support/build-fixture.ts';
import { NEWSROOM } from '../support/newsroom.ts';

// A copy of the fixture newsroom's content, which this test edits as an editor would.
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
linkNodeModules(work);
const content = join(work, 'content');
cpSync(NEWSROOM.contentDir, content, { recursive: true });

/** `npm run build` of the copy into `outDir` (a build folder of its own, switched in), with Astro's cache in `cacheDir`. */
function build(outDir: string, cacheDir: string): string {
  // Astro writes a random key into every server bundle unless given one: fixed, two builds compare.
  // So is the moment each build publishes as of, which its publication record states.
  const env = editorEnv({
    CONTENT_DIR: content,
    DIST_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_KEY: 'BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=',
    EXPLAINER_NOW: '2026-12-01T00:00:00Z',
  });
  const run = buildSite({ dist: outDir, env, stdio: 'pipe' });
  expect(run.ok, run.output).toBe(true);
  return run.output;
}

/** Every file under `dir`, by path, with its bytes (but the mark each build leaves, new every time). */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && join(entry.parentPath, entry.name) !== join(dir, '.last-build'))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path)] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

test('after one piece is edited and another unpublished, a rebuild renders what shows them, keeps the rest, removes the unpublished one and equals a clean build', () => {
  const site = join(work, 'site');
  build(site, join(work, 'cache'));

  // An editor rewords the earlier piece's headline and corrects a sentence: its own pages change,
  // and so do the pages that list or link it (its topic, the newer piece's "previous" link).
  const piece = join(content, 'pieces', 'earlier-piece.mdx');
  const text = readFileSync(piece, 'utf8');
  writeFileSync(
    piece,
    text
      .replace(/^title: .*$/m, 'title: An earlier piece, reworded')
      .replace(/\n\n([A-Z][^\n]+)\n/, '\n\n$1 A correction, added later.\n'),
  );
  // And the later piece goes back to being a draft: every page and card of it must leave the site.
  const later = join(content, 'pieces', 'later-piece.mdx');
  writeFileSync(later, readFileSync(later, 'utf8').replace(/^---\n/, '---\ndraft: true\n'));
  const output = build(site, join(work, 'cache'));

  // Astro says "(cached)" of a page it leaves in place (src/integrations/keep-output.ts).
  const kept = (page: string) => output.includes(`${page} (cached)`);
  const rendered = (page: string) => output.includes(page) && !kept(page);
  expect(rendered('/earlier-piece/index.html'), output).toBe(true);
  expect(kept('/every-component/faq/hand-set/index.html'), 'a page that does not show the pieces').toBe(true);
  expect(existsSync(join(staticDir(site), 'later-piece'))).toBe(false);

  // The same build from nothing: no output, no cache (the server bundle names its own folders).
  const incrementalFiles = files(site);
  rmSync(site);
  rmSync(buildsDir(site), { recursive: true });
  rmSync(join(work, 'cache'), { recursive: true });
  build(site, join(work, 'cache'));
  const [incremental, fresh] = [incrementalFiles, files(site)];
  expect([...incremental.keys()]).toEqual([...fresh.keys()]);
  const differing = [...fresh]
    .filter(([path, bytes]) => !incremental.get(path)!.equals(bytes))
    .map(([path]) => path);
  expect(differing, 'files that differ from a clean build').toEqual([]);
});

test('output the cache does not know (a build that stopped half-way) is not kept: its pages come from the cache', () => {
  const [site, cache] = ['half-way', 'half-way-cache'].map((name) => join(work, name));
  build(site!, cache!);
  // A build that stops before its end leaves no mark in the output (src/integrations/keep-output.ts).
  rmSync(join(site!, '.last-build'));
  const output = build(site!, cache!);
  const page = '/every-component/faq/hand-set/index.html';
  expect(output).toContain(`${page} (restored)`);
  expect(output).not.toContain(`${page} (cached)`);
});
