import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { afterAll, expect, test } from 'vitest';
import { compileInputs, withMdxCache } from '../../../src/markdown/mdx-cache.ts';

const folder = mkdtempSync(join(tmpdir(), 'mdx-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A processor whose MDX renderer counts its compiles and fails on pieces that say so. */
function countingProcessor() {
  const processor = unified({});
  let compiles = 0;
  processor.createMdxRenderer = async () => ({
    async process(content: string) {
      compiles++;
      if (content.includes('broken')) throw new Error('1:1: the piece is broken');
      return { code: `export default ${JSON.stringify(content)}`, map: null, astroMetadata: {} as never };
    },
  });
  return { processor, compiles: () => compiles };
}

const shared = {} as never;
const mdx = { optimize: false };

test('a piece compiled once is read back the next time, until its text or frontmatter changes', async () => {
  const counting = countingProcessor();
  const renderer = await withMdxCache(counting.processor, folder).createMdxRenderer!(shared, mdx);
  const first = await renderer.process('# Hello', '/pieces/a.mdx', { title: 'A' });
  // A later build: a new renderer over the same cache.
  const again = await (
    await withMdxCache(countingProcessor().processor, folder).createMdxRenderer!(shared, mdx)
  ).process('# Hello', '/pieces/a.mdx', { title: 'A' });
  expect(again).toEqual(first);
  expect(counting.compiles()).toBe(1);

  await renderer.process('# Hello again', '/pieces/a.mdx', { title: 'A' });
  await renderer.process('# Hello', '/pieces/a.mdx', { title: 'B' });
  await renderer.process('# Hello', '/pieces/b.mdx', { title: 'A' });
  expect(counting.compiles(), 'text, frontmatter and file each count').toBe(4);
});

test('a piece that fails to compile is not kept: it fails, with its reason, every time', async () => {
  const counting = countingProcessor();
  const renderer = await withMdxCache(counting.processor, folder).createMdxRenderer!(shared, mdx);
  for (let i = 0; i < 2; i++) {
    await expect(renderer.process('broken', '/pieces/c.mdx', {})).rejects.toThrow('the piece is broken');
  }
  expect(counting.compiles()).toBe(2);
  expect(
    readdirSync(folder).some((file) => file.endsWith('.tmp')),
    'no half-written entry',
  ).toBe(false);
});

test('the key covers what a compile runs: the pipeline, its plugins, the registry and props, not the server', () => {
  const inputs = compileInputs();
  expect(inputs).toEqual(
    expect.arrayContaining([
      'src/markdown/pipeline.ts',
      'src/markdown/plugins/remark-mdx-components.ts',
      'src/features/faq/remark-faq-ids.ts',
      'src/components/registry.ts',
      'src/features/poll/components/reader-poll.props.ts',
      'src/markdown/page-data.ts',
    ]),
  );
  // Editing these must not compile every piece again.
  for (const other of ['src/server/main.ts', 'src/features/poll/api.ts', 'src/lib/card.ts']) {
    expect(inputs).not.toContain(other);
  }
});

test('every way one module names another is followed, and nothing it does not name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compile-inputs-'));
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  write(
    'entry.ts',
    "import type { A } from './a.ts';\nimport {\n  b,\n  type C,\n} from \"./b.ts\";\nimport 'vfile';\n" +
      "export * from './c.ts';\nconst d = await import('./d.ts');\n",
  );
  for (const file of ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'unrelated.ts']) write(file, 'export const x = 1;\n');
  expect(compileInputs(join(dir, 'entry.ts'))).toEqual(
    ['a.ts', 'b.ts', 'c.ts', 'd.ts', 'entry.ts'].map((file) => join(dir, file)),
  );
  rmSync(dir, { recursive: true, force: true });
});
