/**
 * Builds the error a component throws when an editor passes a bad prop. The message is for the
 * editor: which component, which prop, what it got, what it accepts, and how to fix it.
 */
export function propError(
  component: string,
  prop: string,
  received: unknown,
  allowed: string,
  fix: string,
): Error {
  return new Error(
    `<${component}>: the prop "${prop}" received ${describe(received)}, but it must be ${allowed}. ${fix}`,
  );
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the prop is missing)';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
