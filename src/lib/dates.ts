/** "2025-04-28", for `<time datetime>`. Days as readers read them: formatDay (src/features/editions/format.ts). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
