import { z } from 'astro/zod';

/*
 * Settings read from environment variables (the server's, the poll's), checked with zod. Every
 * message names the variable, says what it must hold and, unless it may be a secret, what it
 * holds: a bad value stops the start with one line per mistake.
 */

/** An empty variable (`PORT=`) is an unset one: the setting's default. */
const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

/** A variable holding text; unset or empty gives `fallback`. */
export const text = (fallback: string) => z.preprocess(blankIsUnset, z.string().default(fallback));

/**
 * A variable holding a whole number of at least `min` (0 or 1); unset or empty gives `fallback`.
 * `mustBe` finishes "<NAME> must be …", e.g. "the port to listen on, a whole number of 0 or more".
 */
export function wholeNumber(
  name: string,
  { fallback, min, mustBe }: { fallback: number; min: 0 | 1; mustBe: string },
) {
  return z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(min === 0 ? /^\d+$/ : /^0*[1-9]\d*$/, {
        error: (issue) => `${name} must be ${mustBe}; it is "${String(issue.input)}".`,
      })
      .transform(Number)
      .default(fallback),
  );
}

/** A variable that may hold a secret (a password in a URL): its message never repeats the value. */
export function secretMatching(name: string, pattern: RegExp, mustBe: string) {
  return z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(pattern, { error: `${name} must be ${mustBe}.` })
      .optional(),
  );
}

/** The settings `shape` describes, read from `env`; or an error with a line per wrong variable. */
export function readEnvironment<Shape extends z.ZodRawShape>(
  shape: Shape,
  env: NodeJS.ProcessEnv,
): z.output<z.ZodObject<Shape>> {
  const parsed = z.object(shape).safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return parsed.data;
}
