import { expect, test } from 'vitest';
import UpdateLog from '../../../../src/components/piece/UpdateLog.astro';
import { correctionsOf, updateIds } from '../../../../src/features/corrections/corrections.ts';
import { pieceSchema } from '../../../../src/lib/piece-schema.ts';
import { VALID_FRONTMATTER as valid } from '../../../support/piece-frontmatter.ts';
import { renderComponent } from '../../../support/render.ts';

test('an update’s kind is update unless it says correction or clarification; another kind is refused, naming them', () => {
  const parse = (updates: unknown[]) => pieceSchema().safeParse({ ...valid, updates });
  const parsed = parse([
    { date: '2025-05-01', text: 'News.' },
    { date: '2025-05-02', kind: 'correction', text: 'Fixed.' },
  ]);
  expect(parsed.success && parsed.data.updates.map((update) => update.kind)).toEqual([
    'update',
    'correction',
  ]);
  const refused = parse([{ date: '2025-05-01', kind: 'erratum', text: 'Fixed.' }]);
  expect(
    refused.success ? [] : refused.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  ).toEqual([
    'updates.0.kind: "erratum" is not a kind of update. Write one of update, correction, clarification, like kind: correction (leave it out for an update).',
  ]);
});

test('corrections and clarifications get ids from their kind and day; two on one day are numbered', () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  expect(
    updateIds([
      { date: day('2025-05-01'), kind: 'update' },
      { date: day('2025-05-02'), kind: 'correction' },
      { date: day('2025-05-02'), kind: 'correction' },
      { date: day('2025-05-02'), kind: 'clarification' },
    ]),
  ).toEqual([undefined, 'correction-2025-05-02', 'correction-2025-05-02-2', 'clarification-2025-05-02']);
});

test('the corrections of several pieces, newest first, without their updates', () => {
  const piece = (id: string, published: string, updates: { date: string; kind: string; text: string }[]) => ({
    id,
    data: {
      published: new Date(published),
      updates: updates.map((update) => ({ ...update, date: new Date(update.date) })) as never,
    },
  });
  const older = piece('older', '2025-01-01', [
    { date: '2025-03-01', kind: 'correction', text: 'Older, March.' },
    { date: '2025-04-01', kind: 'update', text: 'News.' },
  ]);
  const newer = piece('newer', '2025-02-01', [
    { date: '2025-03-01', kind: 'clarification', text: 'Newer, March.' },
    { date: '2025-05-01', kind: 'correction', text: 'Newer, May.' },
  ]);
  expect(correctionsOf([older, newer]).map(({ piece, id, text }) => [piece.id, id, text])).toEqual([
    ['newer', 'correction-2025-05-01', 'Newer, May.'],
    ['newer', 'clarification-2025-03-01', 'Newer, March.'],
    ['older', 'correction-2025-03-01', 'Older, March.'],
  ]);
});

test('the update log says which entry is a correction or a clarification, each with its id', async () => {
  const html = await renderComponent(UpdateLog, {
    updates: [
      { date: new Date('2025-05-01'), kind: 'update', text: 'News.' },
      { date: new Date('2025-05-03'), kind: 'correction', text: 'Fixed.' },
      { date: new Date('2025-05-02'), kind: 'clarification', text: 'Clearer.' },
    ],
  });
  expect(html).toMatch(
    /<li id="correction-2025-05-03" class="correction"[^>]*>.*<strong class="kind"[^>]*>\s*Correction:\s*<\/strong> Fixed\./s,
  );
  expect(html).toMatch(
    /<li id="clarification-2025-05-02" class="clarification"[^>]*>.*Clarification:\s*<\/strong> Clearer\./s,
  );
  expect(html).toMatch(/<li[^>]*><time datetime="2025-05-01">[^<]*<\/time><span[^>]*>News\.<\/span>/);
  // Newest first.
  expect(html.indexOf('Fixed.')).toBeLessThan(html.indexOf('Clearer.'));
});
