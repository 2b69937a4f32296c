import { z } from 'astro/zod';
import { readEnvironment } from './env-settings.ts';

/*
 * Scheduled pieces (see the README, "Publishing on a schedule"): `publishAt` keeps a piece out of
 * every output until that moment, as `draft: true` does. A moment is written with its offset from
 * UTC, so it names the same instant on the editor's laptop and on the server; "now" is one value
 * per build, `publicationNow()`.
 */

/** How a moment is written, the example every message gives. */
export const MOMENT_EXAMPLE = '2026-12-24T06:00:00+09:00';

/** The day, the time (seconds optional) and the offset from UTC: `Z`, or ±hh:mm up to ±14:00. */
const MOMENT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)? ?(Z|[+-](\d{2}):(\d{2}))$/i;
const HOW =
  `Write the day, the time and the offset from UTC, like ${MOMENT_EXAMPLE} ` +
  '(Tokyo time), or Z for UTC, like 2026-12-23T21:00:00Z.';

/**
 * The instant a written moment names, or what is wrong with it (a sentence that follows the field's
 * name). A day alone, or a time without its offset, is refused: each would be a different instant
 * on every machine, and YAML would silently read it as UTC.
 */
export function readMoment(text: string): { at: Date } | { problem: string } {
  const written = text.trim();
  const match = MOMENT.exec(written);
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(written)) {
      return { problem: `"${written}" is a day; a scheduled piece needs the moment it goes live. ${HOW}` };
    }
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(written)) {
      return {
        problem: `"${written}" has no offset from UTC, so it would name a different moment on every server. ${HOW}`,
      };
    }
    return { problem: `"${written}" is not a moment. ${HOW}` };
  }
  const [year, month, day, hour, minute, second = '0', fraction = '', zone, offsetHours, offsetMinutes] =
    match.slice(1);
  const parts = [year, month, day, hour, minute, second].map(Number) as [number, ...number[]];
  const local = new Date(Date.UTC(parts[0], parts[1]! - 1, parts[2], parts[3], parts[4], parts[5]));
  const real =
    local.getUTCFullYear() === parts[0] &&
    local.getUTCMonth() === parts[1]! - 1 &&
    local.getUTCDate() === parts[2] &&
    local.getUTCHours() === parts[3] &&
    local.getUTCMinutes() === parts[4] &&
    local.getUTCSeconds() === parts[5];
  const offset = zone!.toUpperCase() === 'Z' ? 0 : Number(offsetHours) * 60 + Number(offsetMinutes);
  if (!real || Number(offsetMinutes ?? 0) > 59 || offset > 14 * 60) {
    return { problem: `"${written}" is not a real date and time. ${HOW}` };
  }
  const sign = zone!.startsWith('-') ? -1 : 1;
  const milliseconds = fraction ? Math.trunc(Number(fraction) * 1000) : 0;
  return { at: new Date(local.getTime() + milliseconds - sign * offset * 60_000) };
}

/** The variable that fixes "now" for a build and for `npm run publish-due`. */
export const NOW_VARIABLE = 'EXPLAINER_NOW';

const clock = {
  [NOW_VARIABLE]: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .transform((text, context) => {
        const moment = readMoment(text);
        if ('at' in moment) return moment.at;
        context.issues.push({ code: 'custom', input: text, message: `${NOW_VARIABLE}: ${moment.problem}` });
        return z.NEVER;
      })
      .optional(),
  ),
};

/**
 * "Now", for deciding which scheduled pieces are published: `EXPLAINER_NOW` when it is set (a
 * moment with its offset), else the clock. The one place that reads it. `astro build` sets it
 * at its start when it is not set (src/integrations/drafts.ts), so every page of one build
 * agrees on what is published however long the build takes.
 */
export function publicationNow(env: NodeJS.ProcessEnv = process.env): Date {
  return readEnvironment(clock, env)[NOW_VARIABLE] ?? new Date();
}

/** Whether a piece is scheduled for a moment still to come at `now`. */
export function scheduledLater(piece: { data: { publishAt?: Date | undefined } }, now: Date): boolean {
  return piece.data.publishAt !== undefined && piece.data.publishAt.getTime() > now.getTime();
}

/** A piece's frontmatter block (the YAML between its `---` lines); empty without one. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The text a top-level frontmatter field is written as, quotes taken off (undefined when the field
 * is not written on one line). YAML reads an unquoted `2026-12-24T06:00:00` as a date in UTC and
 * forgets it had no offset; this is how the loader and the tools see what the editor wrote.
 */
export function writtenField(source: string, field: string): string | undefined {
  const yaml = FRONTMATTER.exec(source)?.[1] ?? '';
  const line = new RegExp(`^${field}[ \\t]*:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(yaml)?.[1];
  if (!line) return undefined;
  const quoted = /^(["'])(.*?)\1(?:[ \t]+#.*)?$/.exec(line);
  return quoted ? quoted[2] : line.replace(/[ \t]+#.*$/, '');
}

/**
 * Frontmatter data as the schema should see it: `publishAt` as the text the editor wrote, read
 * back from the file's source when YAML made a date of it (an unquoted moment).
 */
export function withWrittenMoment<T extends Record<string, unknown>>(data: T, source: () => string): T {
  if (!(data['publishAt'] instanceof Date)) return data;
  const written = writtenField(source(), 'publishAt');
  return written === undefined ? data : { ...data, publishAt: written };
}
