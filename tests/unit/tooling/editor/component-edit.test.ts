import { expect, test } from 'vitest';
import {
  applyComponentProps,
  componentMarkup,
  readComponentAt,
} from '../../../../src/tooling/editor/component-edit.ts';

const source = `---
title: A piece
---

Text.

<ReaderPoll id="drivers"   question="Why?" options={["Trade", "Security"]} />

<FAQ>
  <Question q="What is it?" aliases={["old"]}>
    The answer.
  </Question>
</FAQ>

<ExpertTip>Advice.</ExpertTip>
`;
const at = (text: string) => source.indexOf(text);

test('the component under the cursor is found with its props as written, the innermost first', () => {
  expect(readComponentAt(source, at('Why?'))).toMatchObject({
    name: 'ReaderPoll',
    props: { id: 'drivers', question: 'Why?', options: ['Trade', 'Security'] },
  });
  expect(readComponentAt(source, at('The answer'))).toMatchObject({
    name: 'Question',
    props: { q: 'What is it?', aliases: ['old'] },
  });
  expect(readComponentAt(source, at('Advice'))).toMatchObject({ name: 'ExpertTip', props: {} });
  expect(readComponentAt(source, at('Text.'))).toBeUndefined();
});

test('editing a component changes only the props that changed, never its children or spacing', () => {
  const edited = applyComponentProps(source, at('Why?'), {
    id: 'drivers',
    question: 'What drives it?',
    options: ['Trade', 'Security'],
  });
  expect(edited).toBe(source.replace('question="Why?"', 'question="What drives it?"'));
  const unchanged = applyComponentProps(source, at('The answer'), { q: 'What is it?', aliases: ['old'] });
  expect(unchanged).toBe(source);
  const withId = applyComponentProps(source, at('The answer'), { q: 'What is it?', id: 'what', aliases: [] });
  expect(withId).toBe(
    source.replace('<Question q="What is it?" aliases={["old"]}>', '<Question q="What is it?" id="what">'),
  );
});

test('a new component is written canonically, with what goes inside it', () => {
  expect(componentMarkup('ReaderPoll', { id: 'p', question: 'Which?', options: ['A', 'B'] })).toBe(
    '<ReaderPoll id="p" question="Which?" options={["A", "B"]} />',
  );
  expect(componentMarkup('DidYouKnow', {})).toBe('<DidYouKnow>\nThe text, in Markdown.\n</DidYouKnow>');
  expect(componentMarkup('Question', { q: 'Why "now"?' })).toBe(
    '<Question q={"Why \\"now\\"?"}>\nThe answer, in Markdown.\n</Question>',
  );
  expect(componentMarkup('Figure', { src: './a.jpg', alt: 'A', wide: true })).toBe(
    '<Figure src="./a.jpg" alt="A" wide />',
  );
});
