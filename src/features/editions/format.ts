import type { Edition } from './editions.ts';

/*
 * Dates, numbers and lists as each edition's language writes them, by Intl: never hand-written.
 * Imports nothing but the edition's type, so browser code may use it too.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day in the edition's long style: "28 April 2025", "2025年4月28日", "28 tháng 4, 2025".
 * Frontmatter dates are calendar days (midnight UTC), so they are written in UTC: no reader sees
 * the day before.
 */
export function formatDay(date: Date, { lang }: Edition): string {
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(lang, format);
  }
  return format.format(date);
}

/** "1,234", "1.234" */
export const formatNumber = (value: number, { lang }: Edition, options?: Intl.NumberFormatOptions) =>
  value.toLocaleString(lang, options);

/** "Ann, Bo and Cy", "Ann、Bo、Cy", "Ann, Bo và Cy" */
export const formatList = (
  items: readonly string[],
  { lang }: Edition,
  type: Intl.ListFormatType = 'conjunction',
) => new Intl.ListFormat(lang, { style: 'long', type }).format(items);

/**
 * "24 December 2026 at 06:00 GMT+9": a moment (a scheduled piece's publishAt) in the time zone of
 * the machine showing it, which names its zone. Only the editor's preview shows one.
 */
export const formatMoment = (date: Date, { lang }: Edition) =>
  new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(date);
