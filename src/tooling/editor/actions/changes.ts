import { isAbsolute, relative, resolve } from 'node:path';

/**
 * What an action of the piece editor did to one file, as the page lists it after the action:
 * the editor sees every file it changed, and the commit Publish makes names no other.
 */
export interface Change {
  /** The file, from the project's folder when it is inside it (content/pieces/x/index.mdx). */
  file: string;
  change: 'added' | 'changed' | 'removed';
}

/** A file as a change names it. */
export function shownPath(file: string): string {
  const inside = relative(process.cwd(), resolve(file));
  return inside.startsWith('..') || isAbsolute(inside) ? resolve(file) : inside;
}

export const changed = (file: string, change: Change['change'] = 'changed'): Change => ({
  file: shownPath(file),
  change,
});

/**
 * An action the editor's API refuses, with its HTTP status and a stable code: sent as the site's
 * one JSON refusal (src/lib/json-error.ts), each code listed in the README's Editor guide.
 */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
