import { formatDay } from '../../lib/dates.ts';
import { LOCALE } from '../../lib/locale.ts';

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

const formats: Record<Exclude<Precision, 'day'>, Intl.DateTimeFormat> = {
  year: new Intl.DateTimeFormat(LOCALE, { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** The date as readers read it, and screen readers say it: "1992", "November 2023", "27 November 2023". */
export function formatTimelineDate({ precision, start }: TimelineDate): string {
  return precision === 'day' ? formatDay(start) : formats[precision].format(start);
}
