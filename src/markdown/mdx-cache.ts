import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { unified } from '@astrojs/markdown-remark';
import { cacheDir } from '../lib/cache-dir.ts';
import { glossaryFiles } from '../features/glossary/glossary.ts';

type Processor = ReturnType<typeof unified>;
type MdxRenderer = Awaited<ReturnType<NonNullable<Processor['createMdxRenderer']>>>;
type MdxResult = Awaited<ReturnType<MdxRenderer['process']>>;

/** Bump when the cache's format changes. */
const FORMAT = 1;

/** The module every compile starts from: it lists every remark and rehype plugin. */
const PIPELINE = 'src/markdown/pipeline.ts';

/**
 * The modules a module names: `import … from`, `export … from`, `import '…'` and `import('…')`
 * with a plain string. A pattern, not a parser (Vite's is a devDependency, which the site may not
 * import): on this project's formatted code it finds every import, and a match in a comment or a
 * string only adds a file to the key, never leaves one out.
 */
const IMPORT =
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1|\bimport\s*(['"])([^'"]+)\3|\bimport\(\s*(['"`])([^'"`$]+)\5\s*\)/g;

/**
 * The project's files a compile runs: the pipeline and every module it imports, followed through
 * the project's own files (the plugins, the component registry and each component's props, and
 * what those import). Packages are left to the lockfile.
 */
export function compileInputs(entry = PIPELINE): string[] {
  const files = new Set<string>();
  const follow = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) return;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[2] ?? match[4] ?? match[6]!;
      if (specifier.startsWith('.')) follow(join(dirname(file), specifier));
    }
  };
  follow(entry);
  return [...files].sort();
}

/**
 * A key for everything besides a piece's own text that decides what it compiles to: the files
 * the compile runs (`compileInputs`), the installed packages (the lockfile), the Astro config
 * that hands the pipeline to Astro, and the glossaries (which terms a piece explains, and how).
 * Editing one of them compiles every piece again; editing code no compile runs (the server, the
 * pages, the tooling) keeps every compiled piece. Tests name their pieces by it too
 * (tests/support/render.ts), so vitest's own cache never hands back a piece compiled by older code.
 */
export function codeKey(): string {
  const hash = createHash('sha256').update(String(FORMAT));
  for (const file of ['package-lock.json', 'astro.config.mjs', ...compileInputs(), ...glossaryFiles()]) {
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
