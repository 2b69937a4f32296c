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

/**
 * "24 December 2026 at 06:00 GMT+9": a moment (a scheduled piece's publishAt) in the time zone of
 * the machine showing it, which names its zone. Only the editor's preview shows one.
 */
export function formatMoment(date: Date): string {
  return new Intl.DateTimeFormat(LOCALE, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
}
