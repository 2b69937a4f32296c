import { expect, test } from 'vitest';
import { renderPiece } from '../../../support/render.ts';

test('each poll in a piece is handed to the page with its answers as value and label', async () => {
  const { data } = await renderPiece(
    '# Piece\n\n<ReaderPoll id="drivers" question=" Economy or security? " options={["Economy", "Both!"]} />',
  );
  expect(data.polls).toEqual([
    {
      id: 'drivers',
      question: 'Economy or security?',
      options: [
        { value: 'economy', label: 'Economy' },
        { value: 'both', label: 'Both!' },
      ],
    },
  ]);
});

test('two polls with one id in a piece stop the build, naming both lines', async () => {
  const poll = '<ReaderPoll id="drivers" question="Q?" options={["A", "B"]} />';
  await expect(renderPiece(`${poll}\n\nText.\n\n${poll}`)).rejects.toThrow(
    /\.mdx:5:1: the poll id "drivers" is already used by the poll at .+\.mdx:1:1\. Votes are stored by poll id, so each poll needs its own: give this <ReaderPoll> a different id="…"\./,
  );
});
