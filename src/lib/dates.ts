import { LOCALE } from './locale.ts';

/** Dates in frontmatter are calendar days (midnight UTC); format them in UTC so no reader sees the day before. */
const longDate = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "28 April 2025" */
export function formatDay(date: Date): string {
  return longDate.format(date);
}

/** "2025-04-28", for `<time datetime>`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
