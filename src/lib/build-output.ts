import { join, resolve } from 'node:path';

/**
 * Where a build goes and where the site's server finds it, spelt once: `DIST_DIR` (default
 * `dist/`). The Node adapter writes the static files to `<dist>/client` (what a static host
 * would serve) and the on-request pages to `<dist>/server`. Builds of other content (the fixture
 * newsroom, the benchmark) set `DIST_DIR` too, so they never overwrite the real site's build.
 */
export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['DIST_DIR'] || 'dist');
}

/** A build's static files: every page, feed, picture and the search index. */
export const staticDir = (dist: string = distDir()) => join(dist, 'client');

/** The module the site's server imports for the pages rendered on request. */
export const serverEntry = (dist: string = distDir()) => join(dist, 'server', 'entry.mjs');

/** What a build published, written as it ends (src/integrations/drafts.ts), beside its `client/`: never served. */
export interface PublicationRecord {
  /** The moment the build decided what was published as of (`EXPLAINER_NOW`, or its start). */
  asOf: string;
  /** The slugs of the pieces it published, sorted. */
  pieces: string[];
}

export const publicationRecord = (dist: string = distDir()) => join(dist, 'publication.json');
