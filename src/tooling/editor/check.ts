import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parseDocument, isMap, isScalar, type Pair } from 'yaml';
import { piecesDir as defaultPiecesDir } from '../../lib/content-paths.ts';
import { pieceSchema } from '../../lib/piece-schema.ts';
import { checkLeadImage } from '../../lib/pieces-loader.ts';
import { markdownOptions } from '../../markdown/pipeline.ts';
import { checkPieces, spellingProblems } from '../content-check.ts';
import { readFrontmatter } from './frontmatter-edit.ts';
import { frontmatterRange } from './mdx-source.ts';

/** A problem the piece editor shows at its line (1-based), in the editor's words. */
export interface SourceProblem {
  line: number;
  message: string;
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/**
 * Every problem the build and the content check would find in this text of `file`, before it is
 * saved: the frontmatter against the content schema (each at its field's line), the lead image's
 * file, the MDX through the site's own Markdown pipeline (unknown components, wrong props, broken
 * footnotes, missing pictures, at their lines), spelling, and the checks across pieces (a headline
 * or address another piece has, a TODO left in a piece that is not a draft, an impossible date).
 */
export async function checkPieceSource(
  file: string,
  source: string,
  piecesDir = defaultPiecesDir(),
): Promise<SourceProblem[]> {
  const problems: SourceProblem[] = [];
  const range = frontmatterRange(source);
  const fieldLine = (path: PropertyKey[]) => {
    if (!range) return 1;
    const document = parseDocument(source.slice(range.start, range.end), { version: '1.1' });
    const pair = isMap(document.contents)
      ? (document.contents.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === path[0])
      : undefined;
    return lineAt(source, range.start + ((pair?.key as { range?: number[] } | undefined)?.range?.[0] ?? 0));
  };

  const data = readFrontmatter(source);
  const parsed = pieceSchema().safeParse(data);
  for (const issue of parsed.error?.issues ?? []) {
    problems.push({
      line: fieldLine(issue.path),
      message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`,
    });
  }
  await checkLeadImage(file, data).catch((error: Error) =>
    problems.push({ line: fieldLine(['image']), message: error.message.replace(/^[^:]+: /, '') }),
  );

  // The body through the build's own remark and rehype plugins; the frontmatter blanked, so lines match.
  const body = range
    ? source.slice(0, range.end).replace(/[^\n]/g, ' ') +
      source.slice(range.end).replace(/^(\r?\n)---/, '$1   ')
    : source;
  try {
    await compile(
      { value: body, path: resolve(file), data: { astro: { frontmatter: { ...data } } } },
      {
        remarkPlugins: markdownOptions.remarkPlugins,
        rehypePlugins: markdownOptions.rehypePlugins as never,
        remarkRehypeOptions: markdownOptions.remarkRehype,
      },
    );
  } catch (error) {
    const { message, line } = error as { message: string; line?: number };
    const at = /, line (\d+): ([\s\S]*)$/.exec(message);
    problems.push(
      at
        ? { line: Number(at[1]), message: at[2]! }
        : { line: line ?? 1, message: message.replace(/^\d+:\d+(-\d+:\d+)?: /, '') },
    );
  }

  problems.push(...spelling(file, source));
  const unsaved = new Map([[resolve(file), source]]);
  for (const problem of checkPieces(resolve(piecesDir), unsaved)) {
    if (!problem.where.startsWith(resolve(file))) continue;
    problems.push({ line: Number(/, line (\d+)/.exec(problem.where)?.[1] ?? 1), message: problem.message });
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** cspell on the unsaved text, read from stdin but checked as the file (content/dictionary.txt applies). */
function spelling(file: string, source: string): SourceProblem[] {
  const cspell = join(process.cwd(), 'node_modules', 'cspell', 'bin.mjs');
  const name = relative(process.cwd(), resolve(file));
  const run = spawnSync(
    process.execPath,
    [cspell, '--no-progress', '--no-summary', '--no-color', `stdin://${name}`],
    {
      input: source,
      encoding: 'utf8',
    },
  );
  return spellingProblems(run.stdout).map((problem) => ({
    line: Number(/, line (\d+)/.exec(problem.where)?.[1] ?? 1),
    message: problem.message,
  }));
}
