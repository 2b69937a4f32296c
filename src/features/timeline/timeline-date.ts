import type { Edition } from '../editions/editions.ts';
import { formatDay } from '../editions/format.ts';

/** How much of a date an event gives: "1992", "2023-11" or "2023-11-27". */
type Precision = 'year' | 'month' | 'day';

/** An event's date, read: what it says for `<time datetime>` and where it falls. */
export interface TimelineDate {
  /** As written, which is also a valid `datetime`: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  precision: Precision;
  /** Its first day, at midnight UTC. */
  start: Date;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A year, a month or a day as an event may give it; undefined when it is not one (2023-02-30, 23-11). */
export function parseTimelineDate(text: string): TimelineDate | undefined {
  const match = SHAPE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const start = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  // Date.UTC rolls 2023-02-30 over into March; a real date reads back as written.
  if (start.toISOString().slice(0, text.length) !== text) return undefined;
  return { iso: text, precision: day ? 'day' : month ? 'month' : 'year', start };
}

const shapes: Record<Exclude<Precision, 'day'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
};

/**
 * The date as the edition's readers read it, and screen readers say it: "1992", "November 2023",
 * "27 November 2023"; "2023年11月", "tháng 11 năm 2023".
 */
export function formatTimelineDate({ precision, start }: TimelineDate, edition: Edition): string {
  return precision === 'day'
    ? formatDay(start, edition)
    : new Intl.DateTimeFormat(edition.lang, shapes[precision]).format(start);
}
