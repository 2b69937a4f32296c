import { expect, test } from 'vitest';
import ReaderPoll from '../../../src/components/poll/ReaderPoll.astro';
import { renderComponent } from './render.ts';

const props = { id: 'drivers', question: 'Economy or security?', options: ['Economy', 'Security', 'Both'] };

test('a poll is a fieldset with the question as legend, one radio per option and a submit button', async () => {
  const html = await renderComponent(ReaderPoll, props);
  expect(html).toMatch(/<fieldset[^>]*>\s*<legend[^>]*>.*Economy or security\?<\/legend>/s);
  expect(html.match(/type="radio"/g)).toHaveLength(3);
  for (const option of props.options)
    expect(html).toMatch(new RegExp(`<input[^>]*type="radio"[^>]*>\\s*${option}`));
  expect(html).toMatch(/<button type="submit"/);
});

test('until votes are counted the poll shows no results and says so', async () => {
  const html = await renderComponent(ReaderPoll, props);
  expect(html).toContain('no results are available');
  expect(html).not.toMatch(/\d+\s*%/);
});

test('fewer than two options, an empty question or a bad id fail with what was received', async () => {
  await expect(renderComponent(ReaderPoll, { ...props, options: ['Only'] })).rejects.toThrow(
    '<ReaderPoll>: the prop "options" received ["Only"], but it must be a list of at least two non-empty answers.',
  );
  await expect(renderComponent(ReaderPoll, { ...props, question: ' ' })).rejects.toThrow(
    '<ReaderPoll>: the prop "question" received an empty text, but it must be the question to ask, as non-empty text.',
  );
  await expect(renderComponent(ReaderPoll, { ...props, id: 'Bad Id' })).rejects.toThrow(
    '<ReaderPoll>: the prop "id" received "Bad Id", but it must be lowercase words joined by hyphens.',
  );
});
