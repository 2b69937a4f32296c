import { describe, expect, it } from 'vitest';
import { readDay, showDay } from '../../../../src/tooling/editor/dates.ts';

describe('days in the editor’s forms', () => {
  it('shows a file’s day as the site writes it', () => {
    expect(showDay('2025-04-28')).toBe('28 April 2025');
    expect(showDay('not a day')).toBe('not a day');
  });

  it('reads a day as editors type it, back to the file’s YYYY-MM-DD', () => {
    expect(readDay('28 April 2025')).toBe('2025-04-28');
    expect(readDay(' 1  apr 2025 ')).toBe('2025-04-01');
    expect(readDay('2025-04-28')).toBe('2025-04-28');
    expect(readDay(showDay('2024-02-29'))).toBe('2024-02-29');
  });

  it('reads nothing from a day the calendar lacks or a US-style date', () => {
    expect(readDay('31 April 2025')).toBeUndefined();
    expect(readDay('29 February 2025')).toBeUndefined();
    expect(readDay('04/28/2025')).toBeUndefined();
    expect(readDay('April 28, 2025')).toBeUndefined();
  });
});
