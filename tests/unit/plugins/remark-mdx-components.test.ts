import { expect, test } from 'vitest';
import { remarkMdxComponents } from '../../../src/plugins/remark-mdx-components.ts';
import { runRemark } from './run-remark.ts';

const run = (mdx: string) => runRemark(remarkMdxComponents, mdx);

test('a callout name becomes <Callout> with its type', async () => {
  const { tree } = await run('<DidYouKnow>\nA fact.\n</DidYouKnow>');
  const node = tree.children[0] as { name: string; attributes: { name: string; value: string }[] };
  expect(node.name).toBe('Callout');
  expect(node.attributes).toContainEqual(expect.objectContaining({ name: 'type', value: 'did-you-know' }));
});

test('an unknown component fails with file, line, a suggestion and the list of components', async () => {
  await expect(run('Text.\n\n<QuickFacts>A fact.</QuickFacts>')).rejects.toThrow(
    /^content\/articles\/test\.mdx, line 3: unknown component <QuickFacts>\. Did you mean <QuickFact>\? Components you can use: <Callout>, .*<Turn>\./,
  );
});

test('components imported by the file itself are left alone; HTML tags are too', async () => {
  await expect(
    run("import Chart from './chart.astro';\n\n<Chart />\n\n<div>html</div>"),
  ).resolves.toBeDefined();
});

test('a misspelt prop fails with the prop it was meant to be', async () => {
  await expect(run('<Question question="Why?">A.</Question>')).rejects.toThrow(
    'line 1: <Question> has no prop "question". Its props are: "q", "id", "aliases".',
  );
  await expect(run('<Turn speakr="Ann">Hi.</Turn>')).rejects.toThrow(
    '<Turn> has no prop "speakr". Did you mean "speaker"?',
  );
});

test('a missing required prop fails', async () => {
  await expect(run('<Turn>Hi.</Turn>')).rejects.toThrow('line 1: <Turn> needs the prop "speaker".');
});

test('a poll with fewer than two options fails at build time, with the line', async () => {
  await expect(run('<ReaderPoll id="p" question="Q?" options={["Only"]} />')).rejects.toThrow(
    'line 1: <ReaderPoll>: the prop "options" received ["Only"], but it must be a list of at least two non-empty answers.',
  );
});

test('an unknown callout type lists the allowed ones', async () => {
  await expect(run('<Callout type="warning">Careful.</Callout>')).rejects.toThrow(
    '<Callout>: the prop "type" received "warning", but it must be one of "expert-tip", "did-you-know", "quick-fact", "editors-note".',
  );
});
