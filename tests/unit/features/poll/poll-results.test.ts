import { expect, test } from 'vitest';
import PollResults from '../../../../src/features/poll/components/PollResults.astro';
import { pollOptions, tallyPoll } from '../../../../src/features/poll/model.ts';
import { renderComponent } from '../../../support/render.ts';

const poll = { id: 'p', question: 'Which?', options: pollOptions(['One', 'Two', 'Three']) };
const results = (counts: number[]) =>
  tallyPoll(poll, new Map(poll.options.map((option, i) => [option.value, counts[i]!])), 'two');

test('equal counts show equal percentages, and small print says why they make 99%', async () => {
  const html = await renderComponent(PollResults, { results: results([1, 1, 1]) });
  expect(html.match(/1 vote \(33%\)/g)).toHaveLength(3);
  expect(html).toMatch(
    /<p class="rounding" data-poll-rounding[^>]*>\s*Each percentage is rounded on its own, so together they make 99%, not 100%\.\s*<\/p>/,
  );
});

test('when the rounded figures make 100 there is no small print', async () => {
  const html = await renderComponent(PollResults, { results: results([1, 1, 2]) });
  expect(html).toMatch(/<p class="rounding" data-poll-rounding hidden/);
});
