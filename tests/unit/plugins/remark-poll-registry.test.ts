import { expect, test } from 'vitest';
import { remarkPollRegistry } from '../../../src/plugins/remark-poll-registry.ts';
import { runRemark } from './run-remark.ts';

test('each poll in a piece is handed to the page with its answers as value and label', async () => {
  const { file } = await runRemark(
    remarkPollRegistry,
    '# Piece\n\n<ReaderPoll id="drivers" question=" Economy or security? " options={["Economy", "Both!"]} />',
  );
  expect((file.data['astro'] as { frontmatter: unknown }).frontmatter).toEqual({
    polls: [
      {
        id: 'drivers',
        question: 'Economy or security?',
        options: [
          { value: 'economy', label: 'Economy' },
          { value: 'both', label: 'Both!' },
        ],
      },
    ],
  });
});

test('two polls with one id in a piece stop the build, naming both lines', async () => {
  const poll = '<ReaderPoll id="drivers" question="Q?" options={["A", "B"]} />';
  await expect(runRemark(remarkPollRegistry, `${poll}\n\nText.\n\n${poll}`)).rejects.toThrow(
    'content/articles/test.mdx, line 5: the poll id "drivers" is already used by the poll at ' +
      'content/articles/test.mdx, line 1. Votes are stored by poll id, so each poll needs its own: ' +
      'give this <ReaderPoll> a different id="…".',
  );
});
