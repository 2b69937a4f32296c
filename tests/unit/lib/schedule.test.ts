import { expect, test } from 'vitest';
import { pieceSchema } from '../../../src/lib/piece-schema.ts';
import {
  publicationNow,
  readMoment,
  scheduledLater,
  withWrittenMoment,
  writtenField,
} from '../../../src/lib/schedule.ts';
import { readFrontmatter } from '../../../src/tooling/frontmatter.ts';

const valid = {
  title: 'A headline',
  description: 'A dek.',
  published: '2026-12-24',
  byline: 'test-desk',
  dateline: 'Tokyo',
};

/** A piece's file with this publishAt line, as an editor writes it. */
const piece = (line: string) => `---\ntitle: A headline\n${line}\ndraft: false\n---\n\nText.\n`;

/**
 * What the build's schema says of a frontmatter, read as Astro reads it (an unquoted timestamp
 * becomes a Date), then publishAt as written, as the loader hands it over.
 */
function problems(source: string) {
  const data = withWrittenMoment({ ...valid, ...readFrontmatter(source) }, () => source);
  const result = pieceSchema().safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('a moment with its offset, quoted or not, is the instant it names', () => {
  for (const line of [
    'publishAt: 2026-12-24T06:00:00+09:00',
    'publishAt: "2026-12-24T06:00:00+09:00"',
    "publishAt: '2026-12-24T06:00:00+09:00'",
    'publishAt: 2026-12-23T21:00:00Z # UTC',
    'publishAt: 2026-12-23T21:00Z',
    'publishAt: 2026-12-23 16:00:00 -05:00',
  ]) {
    expect(problems(piece(line)), line).toEqual([]);
    const data = withWrittenMoment(readFrontmatter(piece(line)), () => piece(line));
    expect(pieceSchema().shape.publishAt.parse(data['publishAt'])?.toISOString(), line).toBe(
      '2026-12-23T21:00:00.000Z',
    );
  }
});

test('a day alone, or a time without its offset, is refused whether quoted or not, with an example', () => {
  const noOffset =
    'publishAt: "2026-12-24T06:00:00" has no offset from UTC, so it would name a different moment on every server. ' +
    'Write the day, the time and the offset from UTC, like 2026-12-24T06:00:00+09:00 (Tokyo time), or Z for UTC, like 2026-12-23T21:00:00Z.';
  expect(problems(piece('publishAt: 2026-12-24T06:00:00'))).toEqual([noOffset]);
  expect(problems(piece('publishAt: "2026-12-24T06:00:00"'))).toEqual([noOffset]);
  expect(problems(piece('publishAt: 2026-12-24'))).toEqual([
    'publishAt: "2026-12-24" is a day; a scheduled piece needs the moment it goes live. ' +
      'Write the day, the time and the offset from UTC, like 2026-12-24T06:00:00+09:00 (Tokyo time), or Z for UTC, like 2026-12-23T21:00:00Z.',
  ]);
  expect(problems(piece('publishAt: at dawn'))[0]).toMatch(/^publishAt: "at dawn" is not a moment\. Write/);
  expect(problems(piece('publishAt: 2026-02-30T06:00:00+09:00'))[0]).toMatch(/is not a real date and time/);
  expect(problems(piece('publishAt: 2026-12-24T24:30:00+09:00'))[0]).toMatch(/is not a real date and time/);
  expect(problems(piece('publishAt: 2026-12-24T06:00:00+15:00'))[0]).toMatch(/is not a real date and time/);
});

test('a moment YAML made a date of that the loader could not read back asks for one line', () => {
  expect(pieceSchema().safeParse({ ...valid, publishAt: new Date() }).error?.issues[0]?.message).toBe(
    'Write the moment on one line, like publishAt: 2026-12-24T06:00:00+09:00',
  );
});

test('the written text of a field is read from the frontmatter only, without quotes or comment', () => {
  const source = '---\npublishAt: "2026-12-24T06:00:00+09:00" # Christmas Eve\n---\npublishAt: body\n';
  expect(writtenField(source, 'publishAt')).toBe('2026-12-24T06:00:00+09:00');
  expect(writtenField('---\ntitle: x\n---\npublishAt: 2026\n', 'publishAt')).toBeUndefined();
  expect(writtenField('---\r\ndraft: true\r\n---\r\n', 'draft')).toBe('true');
});

test('"now" is EXPLAINER_NOW when set, the clock otherwise; a wrong value names the variable', () => {
  expect(publicationNow({ EXPLAINER_NOW: '2026-12-24T06:00:00+09:00' }).toISOString()).toBe(
    '2026-12-23T21:00:00.000Z',
  );
  const before = Date.now();
  expect(publicationNow({ EXPLAINER_NOW: '' }).getTime()).toBeGreaterThanOrEqual(before);
  expect(() => publicationNow({ EXPLAINER_NOW: '2026-12-24' })).toThrow(
    /^EXPLAINER_NOW: "2026-12-24" is a day; .* like 2026-12-24T06:00:00\+09:00/,
  );
});

test('a piece is scheduled for later until the moment itself', () => {
  const at = (publishAt?: string) => ({ data: { publishAt: publishAt ? new Date(publishAt) : undefined } });
  const now = readMoment('2026-12-24T06:00:00+09:00');
  if (!('at' in now)) throw new Error('a moment');
  expect(scheduledLater(at('2026-12-23T21:00:01Z'), now.at)).toBe(true);
  expect(scheduledLater(at('2026-12-23T21:00:00Z'), now.at)).toBe(false);
  expect(scheduledLater(at(), now.at)).toBe(false);
});
