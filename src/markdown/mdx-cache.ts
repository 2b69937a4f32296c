import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { unified } from '@astrojs/markdown-remark';
import { cacheDir } from '../lib/cache-dir.ts';

type Processor = ReturnType<typeof unified>;
type MdxRenderer = Awaited<ReturnType<NonNullable<Processor['createMdxRenderer']>>>;
type MdxResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** Bump when the cache's format changes. */
const FORMAT = 1;

/**
 * A key for everything besides a piece's own text that decides what it compiles to: this
 * project's code (the pipeline, its plugins, the component registry and what they import) and the
 * installed packages. Any change to either compiles every piece again.
 */
function codeKey(): string {
  const hash = createHash('sha256').update(String(FORMAT));
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|mjs)$/.test(file))
    .sort();
  for (const file of ['package-lock.json', 'astro.config.mjs', ...sources.map((file) => join('src', file))]) {
    hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Gives the Markdown processor's MDX renderer a disk cache: a piece whose text, frontmatter and
 * compile settings are unchanged, compiled by unchanged code, is read back instead of compiled
 * again. Compiling is most of a build's time (about 25 ms a piece), and Astro's incremental build
 * still bundles every piece, so without this a rebuild after one edit costs as much as the first.
 * Only successful compiles are kept: a piece that fails its checks fails every time.
 */
export function withMdxCache(processor: Processor, folder = join(cacheDir, 'mdx')): Processor {
  const create = processor.createMdxRenderer?.bind(processor);
  if (!create) return processor;
  processor.createMdxRenderer = async (shared, mdx) => {
    const renderer = await create(shared, mdx);
    const settings = createHash('sha256')
      .update(codeKey())
      .update(JSON.stringify([shared, { ...mdx, srcDir: mdx.srcDir?.href }]))
      .digest('hex');
    mkdirSync(folder, { recursive: true });
    return {
      async process(content, filePath, frontmatter) {
        const key = createHash('sha256')
          .update(settings)
          .update(filePath)
          .update(JSON.stringify(frontmatter))
          .update(content)
          .digest('hex');
        const file = join(folder, `${key}.json`);
        try {
          return JSON.parse(readFileSync(file, 'utf8')) as MdxResult;
        } catch {
          const result = await renderer.process(content, filePath, frontmatter);
          // Written whole, then renamed: a build stopped half-way leaves no broken entry.
          writeFileSync(`${file}.tmp`, JSON.stringify(result));
          renameSync(`${file}.tmp`, file);
          return result;
        }
      },
    };
  };
  return processor;
}
