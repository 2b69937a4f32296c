import { distance } from 'fastest-levenshtein';

/** The allowed name closest to what an editor typed, for "did you mean …?" hints; null if none is close. */
export function closest(typed: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const edits = distance(typed.toLowerCase(), candidate.toLowerCase());
    if (edits < bestDistance) [best, bestDistance] = [candidate, edits];
  }
  // More than a third of the word changed is a different word, not a typo.
  return bestDistance <= Math.max(2, Math.floor(typed.length / 3)) ? best : null;
}
