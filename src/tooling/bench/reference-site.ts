import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from '../built-site.ts';

/**
 * The benchmark's reference: a plain Astro 7 site that builds the same generated pieces with the
 * unified pipeline and nothing of ours (remark-gfm and rehype-slug, one callout component for every
 * component the pieces use, one page per piece: no share pages, cards, search, fonts or layout).
 * Written into `work` beside the benchmark's content folder; answers the project's folder.
 */
export function writeReferenceSite(work: string, content: string): string {
  const root = join(work, 'reference');
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  mkdirSync(join(root, 'src', 'components'), { recursive: true });
  linkNodeModules(root);
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bench-reference', type: 'module', private: true }),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';

export default defineConfig({
  integrations: [mdx()],
  markdown: { syntaxHighlight: false, processor: unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }) },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  pieces: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(join(content, 'pieces'))} }) }),
};
`,
    'src/components/Callout.astro': `<aside class="callout"><slot /></aside>
`,
    'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Callout from '../components/Callout.astro';

export async function getStaticPaths() {
  return (await getCollection('pieces')).map((piece) => ({ params: { slug: piece.id }, props: { piece } }));
}
const { piece } = Astro.props;
const { Content } = await render(piece);
const components = { ExpertTip: Callout, DidYouKnow: Callout, QuickFact: Callout, FAQ: Callout, Question: Callout };
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{piece.data.title}</title></head>
  <body><h1>{piece.data.title}</h1><Content components={components} /></body>
</html>
`,
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}
