import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { remarkContentChecks } from '../../../src/plugins/remark-content-checks.ts';

/** Runs the checks after remark-gfm, as the build does (footnotes are GFM syntax). */
async function check(mdx: string) {
  const file = new VFile({ value: mdx, path: `${process.cwd()}/content/articles/test.mdx` });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkContentChecks);
  await processor.run(processor.parse(file), file);
}

test('cited footnotes with definitions and images with alt text pass', async () => {
  await expect(
    check('A claim.[^a]\n\n![A map of Hanoi](/map.png)\n\n[^a]: A source.'),
  ).resolves.toBeUndefined();
});

test('a footnote reference without a definition fails with the line and the fix', async () => {
  await expect(check('Intro.\n\nA claim.[^kyodo]')).rejects.toThrow(
    'content/articles/test.mdx, line 3: the footnote [^kyodo] has no definition',
  );
});

test('a footnote definition nothing cites fails, since GFM would drop it silently', async () => {
  await expect(check('Text.\n\n[^orphan]: A source nobody cites.')).rejects.toThrow(
    'line 3: the footnote [^orphan] is defined but never cited, so it would not be shown. Cite it in the text with [^orphan], or remove the definition.',
  );
});

test('an image without alt text fails, in Markdown or as a tag', async () => {
  await expect(check('![](/map.png)')).rejects.toThrow('line 1: the image /map.png has no alt text.');
  await expect(check('<img src="/map.png" />')).rejects.toThrow(
    'line 1: the <img> has no alt text. Add alt="what the image shows".',
  );
});
