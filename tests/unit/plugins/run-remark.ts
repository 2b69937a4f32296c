import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';

/** Runs one remark plugin over a small MDX input, as the build would for `content/articles/test.mdx`. */
export async function runRemark(plugin: Plugin<[], Root>, mdx: string) {
  const file = new VFile({ value: mdx, path: `${process.cwd()}/content/articles/test.mdx` });
  const processor = unified().use(remarkParse).use(remarkMdx).use(plugin);
  const tree = await processor.run(processor.parse(file), file);
  return { tree: tree as Root, file };
}
