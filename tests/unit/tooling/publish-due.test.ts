import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readMoment } from '../../../src/lib/schedule.ts';
import { duePieces, nextDue, scheduledPieces } from '../../../src/tooling/publish-due.ts';

const pieces = mkdtempSync(join(tmpdir(), 'publish-due-'));
afterAll(() => rmSync(pieces, { recursive: true, force: true }));

/** A piece file with these frontmatter lines. */
function write(path: string, ...lines: string[]) {
  const file = join(pieces, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `---\ntitle: ${path}\n${lines.join('\n')}\n---\n\nText.\n`);
}

write('christmas-eve.mdx', 'publishAt: 2026-12-24T06:00:00+09:00');
write('new-year/index.mdx', 'publishAt: "2027-01-01T00:00:00Z"');
write('already-out.mdx', "publishAt: '2026-12-01T08:00:00+01:00'");
write('held-back.mdx', 'publishAt: 2026-12-20T00:00:00Z', 'draft: true');
write('unscheduled.mdx', 'draft: false');

/** A fixed clock: the moment, as EXPLAINER_NOW would give it. */
const at = (text: string) => {
  const moment = readMoment(text);
  if (!('at' in moment)) throw new Error(moment.problem);
  return moment.at;
};

test('the scheduled pieces are read from their frontmatter text, folder pieces by their slug', () => {
  const { pieces: scheduled, problems } = scheduledPieces(pieces);
  expect(problems).toEqual([]);
  expect(scheduled.map(({ slug, written, draft }) => [slug, written, draft])).toEqual([
    ['already-out', '2026-12-01T08:00:00+01:00', false],
    ['christmas-eve', '2026-12-24T06:00:00+09:00', false],
    ['held-back', '2026-12-20T00:00:00Z', true],
    ['new-year', '2027-01-01T00:00:00Z', false],
  ]);
});

test('with a fixed clock: due once its moment has come and the build lacks it, never a draft', () => {
  const { pieces: scheduled } = scheduledPieces(pieces);
  const served = new Set(['already-out', 'unscheduled']);
  const due = (now: string) => duePieces(scheduled, served, at(now)).map((piece) => piece.slug);

  expect(due('2026-12-24T05:59:59+09:00')).toEqual([]);
  expect(due('2026-12-23T21:00:00Z'), 'the moment itself, in another zone').toEqual(['christmas-eve']);
  expect(due('2027-01-01T09:00:00+09:00')).toEqual(['christmas-eve', 'new-year']);
  expect(duePieces(scheduled, new Set([...served, 'christmas-eve']), at('2026-12-25T00:00:00Z'))).toEqual([]);

  expect(nextDue(scheduled, at('2026-12-24T05:59:59+09:00'))?.slug).toBe('christmas-eve');
  expect(nextDue(scheduled, at('2026-12-24T06:00:00+09:00'))?.slug).toBe('new-year');
  expect(nextDue(scheduled, at('2027-01-01T00:00:00Z'))).toBeUndefined();
});

test('a publishAt without its offset is a problem naming the file and the field, not a piece', () => {
  write('no-offset.mdx', 'publishAt: 2026-12-24T06:00:00');
  try {
    const { pieces: scheduled, problems } = scheduledPieces(pieces);
    expect(scheduled.map((piece) => piece.slug)).not.toContain('no-offset');
    expect(problems).toEqual([
      expect.stringMatching(/no-offset\.mdx publishAt: "2026-12-24T06:00:00" has no offset from UTC/),
    ]);
  } finally {
    rmSync(join(pieces, 'no-offset.mdx'));
  }
});
