import { expect, test } from 'vitest';
import { editorTagNames } from '../../../src/components/registry.ts';
import { renderPiece } from '../../support/render.ts';

test('a callout written by its own name renders as that callout', async () => {
  const { html } = await renderPiece('<DidYouKnow>\nA fact.\n</DidYouKnow>');
  expect(html).toMatch(/<aside class="callout" data-callout="did-you-know" aria-label="Did You Know\?"/);
});

test('an unknown component stops the build with file, line, the closest name and every name', async () => {
  await expect(renderPiece('Text.\n\n<QuickFacts>A fact.</QuickFacts>')).rejects.toThrow(
    new RegExp(
      `test-pieces/\\w+\\.mdx:3:1: unknown component <QuickFacts>\\. Did you mean <QuickFact>\\? ` +
        `Components you can use: ${editorTagNames.map((n) => `<${n}>`).join(', ')}\\.`,
    ),
  );
});

test('components the piece imports itself are left alone, and so are HTML tags', async () => {
  const { html } = await renderPiece(
    "import FormattedDate from '../../../../src/components/piece/FormattedDate.astro';\n\n" +
      '<FormattedDate date={new Date("2025-04-28")} />\n\n<div>html</div>',
  );
  expect(html).toContain('<time datetime="2025-04-28">28 April 2025</time>');
  expect(html).toContain('<div>html</div>');
});

test.each([
  [
    'a misspelt prop, with the prop it was meant to be',
    '<Turn speakr="Ann">Hi.</Turn>',
    '<Turn> has no prop "speakr". Did you mean "speaker"? Its props are: "speaker".',
  ],
  [
    'a prop the component does not have',
    '<Question question="Why?">A.</Question>',
    '<Question> has no prop "question". Its props are: "q", "id", "aliases".',
  ],
  [
    'a prop on a component that takes none',
    '<FAQ open>x</FAQ>',
    '<FAQ> has no prop "open". It takes no props.',
  ],
  [
    'a missing required prop',
    '<Turn>Hi.</Turn>',
    '<Turn>: the prop "speaker" received nothing (the prop is missing), but it must be the name of who is speaking. Write it like <Turn speaker="Dr. Sharma">.',
  ],
  [
    'an empty speaker',
    '<Turn speaker="  ">Hi.</Turn>',
    '<Turn>: the prop "speaker" received an empty text, but it must be the name of who is speaking.',
  ],
  [
    'an empty interview source',
    '<Interview source="">x</Interview>',
    '<Interview>: the prop "source" received an empty text, but it must be who conducted the interview',
  ],
  [
    'an excerpt flag written as text',
    '<Interview source="A paper" excerpt="no">x</Interview>',
    '<Interview>: the prop "excerpt" received "no", but it must be true or false. Write excerpt={false} when the transcript is complete.',
  ],
  [
    'an empty question',
    '<Question q="  ">An answer to nothing.</Question>',
    '<Question>: the prop "q" received an empty text, but it must be the question as non-empty text.',
  ],
  [
    'a poll with one option',
    '<ReaderPoll id="p" question="Q?" options={["Only"]} />',
    '<ReaderPoll>: the prop "options" received ["Only"], but it must be a list of at least two non-empty answers.',
  ],
  [
    'a poll whose answers differ only in punctuation',
    '<ReaderPoll id="p" question="Q?" options={["Both", "Both!"]} />',
    '<ReaderPoll>: the prop "options" received ["Both","Both!"], but it must be a list of different answers (differing in more than punctuation or case). Remove the repeated answer or reword it.',
  ],
  [
    'a poll id with capitals',
    '<ReaderPoll id="My Poll" question="Q?" options={["A", "B"]} />',
    '<ReaderPoll>: the prop "id" received "My Poll", but it must be lowercase words joined by hyphens.',
  ],
  [
    'an unknown callout type',
    '<Callout type="warning">Careful.</Callout>',
    '<Callout>: the prop "type" received "warning", but it must be one of "expert-tip", "did-you-know", "quick-fact", "editors-note". Or write the callout by its own name: <ExpertTip>, <DidYouKnow>, <QuickFact>, <EditorsNote>.',
  ],
  [
    'a prop the build cannot read without running code',
    '<Question q={question}>x</Question>',
    '<Question> prop "q" must be written as plain text, a number, a list or true/false',
  ],
])('%s stops the build at its line', async (_, mdx, message) => {
  // `file:3:1: …`, or `file:3:1 q: …` for a problem with one prop.
  await expect(renderPiece(`Intro.\n\n${mdx}`)).rejects.toThrow(
    new RegExp(`\\.mdx:3:1( \\w+)?: ${RegExp.escape(message)}`),
  );
});
