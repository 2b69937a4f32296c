import { expect, test } from 'vitest';
import { DEFAULT_EDITION } from '../../../../src/features/editions/editions.ts';
import { formatTimelineDate, parseTimelineDate } from '../../../../src/features/timeline/timeline-date.ts';
import { componentMarkup, insertableComponents } from '../../../../src/tooling/editor/component-edit.ts';
import { TEST_PIECES_DIR, renderPiece } from '../../../support/render.ts';

const event = (date: string, title: string, props = '') =>
  `  <Event date="${date}" title="${title}"${props}>\n    What happened.\n  </Event>`;
const timeline = (...events: string[]) => ['<Timeline>', ...events, '</Timeline>'].join('\n');

test('a date is a year, a month or a day, and must be real', () => {
  expect(parseTimelineDate('1992')).toMatchObject({ iso: '1992', precision: 'year' });
  expect(parseTimelineDate('2023-11')).toMatchObject({ iso: '2023-11', precision: 'month' });
  expect(parseTimelineDate('2023-11-27')).toMatchObject({ iso: '2023-11-27', precision: 'day' });
  for (const wrong of ['2023-02-30', '2023-13', '2023-00', '23-11-27', '2023-1-5', 'November 2023', ''])
    expect(parseTimelineDate(wrong), wrong).toBeUndefined();
});

test('readers (and screen readers) get the date in words, as precise as the event', () => {
  const say = (date: string) => formatTimelineDate(parseTimelineDate(date)!, DEFAULT_EDITION);
  expect(say('1992')).toBe('1992');
  expect(say('2023-11')).toBe('November 2023');
  expect(say('2023-11-27')).toBe('27 November 2023');
});

test('a timeline is an ordered list of events, each with its date for machines and in words', async () => {
  const { html } = await renderPiece(
    timeline(
      event('1992', 'Aid resumes', ' source="VOV; VnExpress International"'),
      event('2023-11', 'A new tier', ' source="Jiji Press"'),
      event('2025-12-04', 'The first 2+2', ' source="Viet Nam News" sourceUrl="https://vietnamnews.vn/x"'),
      event('2025-12-04', 'The same day'),
    ),
  );
  expect(html).toMatch(/^<ol class="timeline"[^>]*>(<li class="event"[\s\S]*?<\/li>){4}<\/ol>$/);
  expect(html).toMatch(/<time datetime="1992"[^>]*>1992<\/time>/);
  expect(html).toMatch(/<time datetime="2023-11"[^>]*>November 2023<\/time>/);
  expect(html).toMatch(/<time datetime="2025-12-04"[^>]*>4 December 2025<\/time>/);
  expect(html).toMatch(
    /<p class="title"[^>]*>Aid resumes<\/p><div class="what"[^>]*><p>What happened.<\/p><\/div>/,
  );
  expect(html).toContain('Sources: VOV; VnExpress International</p>');
  expect(html).toContain('Source: Jiji Press</p>');
  expect(html).toMatch(/Source: <a href="https:\/\/vietnamnews\.vn\/x"[^>]*>Viet Nam News<\/a>/);
  // An event without a source says none.
  expect(html.split('<li').at(-1)).not.toContain('Source');
});

const where = (line: number, column = 3) => new RegExp(`${TEST_PIECES_DIR}/\\w+\\.mdx:${line}:${column}`);

test('an event out of order stops the build, naming it, its line and the event before it', async () => {
  const problem = renderPiece(
    timeline(
      event('2017-01-23', 'The US leaves the TPP'),
      event('2019-01-14', 'The CPTPP takes effect for Vietnam'),
      event('2018-03-08', 'The CPTPP is signed'),
    ),
  );
  await expect(problem).rejects.toThrow(where(8));
  await expect(problem).rejects.toThrow(
    'date: <Event date="2018-03-08" title="The CPTPP is signed"> comes after the event dated 2019-01-14 (',
  );
  await expect(problem).rejects.toThrow(
    ':5:3), but a timeline runs from the earliest event to the latest (a year alone counts as its start). Move the event up to its place, or fix its date.',
  );
});

test('a year alone counts as its start: it goes before the months and days of that year', async () => {
  await expect(
    renderPiece(timeline(event('1992', 'A year'), event('1992-06', 'A month'))),
  ).resolves.toBeTruthy();
  await expect(renderPiece(timeline(event('1992-06', 'A month'), event('1992', 'A year')))).rejects.toThrow(
    '<Event date="1992" title="A year"> comes after the event dated 1992-06',
  );
});

test('a timeline holds events only, at least one; an event stands only in a timeline', async () => {
  await expect(renderPiece(timeline(event('1992', 'A year'), '', '  Some text.'))).rejects.toThrow(
    '<Timeline> holds <Event>s only, but here it holds text. Move it before or after the timeline, or make it an <Event>.',
  );
  await expect(
    renderPiece(timeline(event('1992', 'A year'), '  <ExpertTip>A tip.</ExpertTip>')),
  ).rejects.toThrow('<Timeline> holds <Event>s only, but here it holds <Callout>.');
  await expect(renderPiece('<Timeline>\n</Timeline>')).rejects.toThrow('<Timeline> holds no events.');
  await expect(renderPiece(event('1992', 'Alone'))).rejects.toThrow(
    '<Event date="1992" title="Alone"> stands outside a <Timeline>. Put it between <Timeline> and </Timeline> with the other events.',
  );
  // An event commented out is no event, and no text either.
  await expect(
    renderPiece(timeline(event('1992', 'A year'), '  {/* <Event date="1980" title="Later, maybe" /> */}')),
  ).resolves.toBeTruthy();
});

test('a wrong date, a missing title or a link without its source is named with what to write', async () => {
  await expect(renderPiece(timeline(event('2023-02-30', 'A day')))).rejects.toThrow(
    '<Event>: the prop "date" received "2023-02-30", but it must be a real date written as a year, a month or a day: date="1992", date="2023-11" or date="2023-11-27".',
  );
  await expect(renderPiece(timeline('  <Event date="1992">What.</Event>'))).rejects.toThrow(
    '<Event>: the prop "title" received nothing (the prop is missing), but it must be a few words naming the event.',
  );
  await expect(
    renderPiece(timeline(event('1992', 'A year', ' sourceUrl="https://example.com/"'))),
  ).rejects.toThrow(
    '<Event>: the prop "source" received nothing (the prop is missing), but it must be given with sourceUrl: name the source the link leads to, like source="Viet Nam News".',
  );
});

test('the piece editor offers the timeline, and what it inserts builds', async () => {
  expect(insertableComponents().map(({ name }) => name)).toEqual(
    expect.arrayContaining(['Timeline', 'Event']),
  );
  const markup = componentMarkup('Timeline', {});
  expect(markup).toMatch(
    /^<Timeline>\n[\s\S]*<Event date="2023-11-27" title="What happened"[\s\S]*<\/Timeline>$/,
  );
  await expect(renderPiece(markup)).resolves.toBeTruthy();
});
