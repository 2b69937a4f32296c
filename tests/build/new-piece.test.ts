import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildFixture, editorEnv, removeBuild, type BuildResult } from './build-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'explainer-new-'));
const builds: BuildResult[] = [];
afterAll(() => {
  builds.forEach(removeBuild);
  rmSync(dir, { recursive: true, force: true });
});

const newPiece = (headline: string) => {
  const run = spawnSync('npm', ['run', '-s', 'new', '--', headline], {
    encoding: 'utf8',
    env: editorEnv({ ARTICLES_DIR: dir }),
  });
  return { status: run.status, output: run.stdout + run.stderr };
};

test('npm run new writes a draft dated today with every field, and says where to preview it', () => {
  const { status, output } = newPiece('Why the Mekong matters');
  const file = join(dir, 'why-the-mekong-matters.mdx');
  expect(status).toBe(0);
  expect(output).toContain(`Created ${file}`);
  expect(output).toContain('http://localhost:4321/why-the-mekong-matters/');
  const source = readFileSync(file, 'utf8');
  expect(source).toContain('title: "Why the Mekong matters"');
  expect(source).toContain(`published: ${new Date().toLocaleDateString('sv-SE')}`);
  expect(source).toContain('draft: true');
  for (const field of ['description:', 'byline:', 'dateline:', 'tags:']) expect(source).toContain(field);
  for (const tag of [
    '<ExpertTip>',
    '<DidYouKnow>',
    '<QuickFact>',
    '<EditorsNote>',
    '<ReaderPoll',
    '<FAQ>',
    '<Question',
    '<ProsCons>',
    '<Interview',
    '<Turn',
  ]) {
    expect(source).toContain(tag);
  }
});

test('npm run new refuses to overwrite an existing piece', () => {
  const file = join(dir, 'kept-as-is.mdx');
  writeFileSync(file, 'original');
  const { status, output } = newPiece('Kept as is');
  expect(status).toBe(1);
  expect(output).toContain(`${file} already exists, so nothing was written.`);
  expect(readFileSync(file, 'utf8')).toBe('original');
});

test('the template builds, its examples stay commented out, and its TODOs block publishing', () => {
  const only = mkdtempSync(join(tmpdir(), 'explainer-new-build-'));
  const file = join(only, 'template.mdx');
  writeFileSync(
    file,
    readFileSync(join(dir, 'why-the-mekong-matters.mdx'), 'utf8').replace('draft: true', 'draft: false'),
  );
  const build = buildFixture(only);
  builds.push(build);
  expect(build.ok, build.output).toBe(true);
  const html = readFileSync(join(build.siteDir, 'template', 'index.html'), 'utf8');
  expect(html).not.toContain('aria-label="Expert Tip"');
  expect(html).not.toContain('*/}');
  const check = spawnSync('node', ['src/cli/check-content.ts', '--articles', only, '--dist', build.siteDir], {
    encoding: 'utf8',
  });
  expect(check.status).toBe(1);
  expect(check.stderr).toContain('this piece is not a draft but still has a TODO from the template.');
  rmSync(only, { recursive: true, force: true });
  expect(existsSync(only)).toBe(false);
});
