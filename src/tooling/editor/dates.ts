import { DEFAULT_EDITION } from '../../features/editions/editions.ts';
import { formatDay } from '../../features/editions/format.ts';

/*
 * Days in the editor's forms as the site writes them ("28 April 2025", by the editions' formatDay),
 * never as the browser's own date field would (04/28/2025 in a US-English browser), while the file
 * keeps YYYY-MM-DD.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-04-28" → "28 April 2025"; anything else as it is. */
export function showDay(value: string): string {
  return ISO_DAY.test(value) ? formatDay(new Date(`${value}T00:00:00Z`), DEFAULT_EDITION) : value;
}

/** The months as the default edition names them, long and short ("April", "Apr"), by number. */
const months = (() => {
  const names = new Map<string, number>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(DEFAULT_EDITION.lang, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) names.set(format.format(Date.UTC(2000, m, 1)).toLowerCase(), m + 1);
  }
  return names;
})();

/**
 * A day as an editor types it ("28 April 2025", "28 Apr 2025", or "2025-04-28") as YYYY-MM-DD;
 * undefined when it names no day of the calendar (31 April).
 */
export function readDay(text: string): string | undefined {
  const trimmed = text.trim().replace(/\s+/g, ' ').replace(/,/g, '');
  let parts: [number, number, number] | undefined;
  const iso = ISO_DAY.exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const written = /^(\d{1,2}) ([\p{L}.]+) (\d{4})$/u.exec(trimmed);
  const month = written && months.get(written[2]!.toLowerCase().replace(/\.$/, ''));
  if (written && month) parts = [Number(written[3]), month, Number(written[1])];
  if (!parts) return undefined;
  const [year, m, day] = parts;
  const date = new Date(Date.UTC(year, m - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}
