import { createHash } from 'node:crypto';
import { site } from '../site.config.ts';

/** What a key needs of a piece: which one, and a digest of its file (Astro's content layer sets it). */
interface Keyed {
  id: string;
  digest?: string | number;
}

/** Build settings read from the environment that change what pages say, though no code changes. */
const SETTINGS = JSON.stringify([site.url, site.pollsTakeVotes]);

/**
 * The `cacheKey` of a page built from these pieces, for Astro's incremental build
 * (`experimental.incrementalBuild` in astro.config.mjs): a page whose key and code are unchanged
 * is kept from the last build instead of rendered. Astro sees a change to the page's own code and
 * to an MDX piece the page renders, but not to data a page shows from other pieces (related
 * reading, previous and next, a topic's list) nor to settings: so every piece a page shows goes
 * into its key (`undefined` for an empty slot, such as the newest piece's "next"), and so do the
 * settings. Pass the page's own piece first.
 */
export function cacheKey(pieces: readonly (Keyed | undefined)[]): string {
  const hash = createHash('sha256').update(SETTINGS);
  for (const piece of pieces) {
    if (piece && piece.digest === undefined) {
      throw new Error(
        `The piece "${piece.id}" has no digest: its pages cannot be cached. Is it from the pieces collection?`,
      );
    }
    hash.update(piece ? `\0${piece.id}\0${piece.digest}` : '\0-');
  }
  return hash.digest('base64url');
}
