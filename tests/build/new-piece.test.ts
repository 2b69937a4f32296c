import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { calloutTypeByComponent } from '../../src/components/callout/callout-types.ts';
import { editorTagNames } from '../../src/components/registry.ts';
import { authorsFile, piecesDir, tagsFile } from '../../src/lib/content-paths.ts';
import { pieceSchema } from '../../src/lib/piece-schema.ts';
import { checkPieces } from '../../src/tooling/content-check/across-pieces.ts';
import { readFrontmatter } from '../../src/tooling/frontmatter.ts';
import { editorEnv } from '../support/build-fixture.ts';
import { NEWSROOM } from '../support/newsroom.ts';
import { renderPiece } from '../support/render.ts';

// A content folder of its own, with the newsroom's tags: `npm run new` writes into its pieces/.
const content = mkdtempSync(join(tmpdir(), 'explainer-new-'));
copyFileSync(tagsFile(NEWSROOM.contentDir), tagsFile(content));
copyFileSync(authorsFile(NEWSROOM.contentDir), authorsFile(content));
const dir = piecesDir(content);
afterAll(() => rmSync(content, { recursive: true, force: true }));

const newPiece = (headline: string) => {
  const run = spawnSync('npm', ['run', '-s', 'new', '--', headline], {
    encoding: 'utf8',
    env: editorEnv({ CONTENT_DIR: content }),
  });
  return { status: run.status, output: run.stdout + run.stderr };
};

test('npm run new writes a draft dated today with every field and every component, and says where to preview it', () => {
  const { status, output } = newPiece('Why the Mekong matters');
  const file = join(dir, 'why-the-mekong-matters.mdx');
  expect(status).toBe(0);
  expect(output).toContain(`Created ${file}`);
  expect(output).toContain('http://localhost:4321/why-the-mekong-matters/');
  const source = readFileSync(file, 'utf8');
  expect(source).toContain('title: "Why the Mekong matters"');
  expect(source).toContain(`published: ${new Date().toLocaleDateString('sv-SE')}`);
  expect(source).toContain('draft: true');
  expect(source, 'how to schedule it, commented out').toContain('\n# publishAt: 2026-12-24T06:00:00+09:00 #');
  for (const field of ['description:', 'byline:', 'dateline:', 'tags:']) expect(source).toContain(field);
  // The folder keeps authors: the first of them, and the ids there are.
  expect(source).toContain(
    `\nbyline: test-desk # an author's id in ${authorsFile(content)}: test-desk, second-author, picture-desk\n`,
  );
  for (const tag of editorTagNames.filter(
    (name) => name !== 'Callout' && !calloutTypeByComponent.has(name),
  )) {
    expect(source, `the template shows <${tag}>`).toContain(`<${tag}`);
  }
});

test('npm run new refuses to overwrite an existing piece', () => {
  const file = join(dir, 'kept-as-is.mdx');
  writeFileSync(file, 'original');
  const { status, output } = newPiece('Kept as is');
  expect(status).toBe(1);
  expect(output).toContain(`${file} already exists, so nothing was written.`);
  expect(readFileSync(file, 'utf8')).toBe('original');
  rmSync(file);
});

test('the template compiles, its examples stay commented out, and its TODOs block publishing', async () => {
  const file = join(dir, 'why-the-mekong-matters.mdx');
  const source = readFileSync(file, 'utf8').replace('draft: true', 'draft: false');
  writeFileSync(file, source);
  const frontmatter = readFrontmatter(source);
  expect(pieceSchema().safeParse(frontmatter).error?.issues ?? []).toEqual([]);

  const { html } = await renderPiece(source);
  expect(html).not.toContain('aria-label="Expert Tip"');
  expect(html).not.toContain('*/}');

  const todos = checkPieces(dir).filter((problem) => problem.message.includes('TODO from the template'));
  const lines = source.split('\n').filter((line) => /\bTODO\b/.test(line)).length;
  expect(todos).toHaveLength(lines);
});
