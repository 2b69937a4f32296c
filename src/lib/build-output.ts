import { join, resolve } from 'node:path';

/**
 * Where a build goes and where the site's server finds it, spelt once: `DIST_DIR` (default
 * `dist/`). The Node adapter writes the static files to `<dist>/client` (what a static host
 * would serve) and the on-request pages to `<dist>/server`. Builds of other content (the fixture
 * newsroom, the benchmark) set `DIST_DIR` too, so they never overwrite the real site's build.
 *
 * `npm run build` makes each build in a folder of its own, `<dist>-builds/<id>`, and then points
 * `<dist>`, a symbolic link, at it in one step (src/tooling/build-folders.ts): everything that
 * reads `<dist>` sees one whole build, the last one finished.
 */
export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['DIST_DIR'] || 'dist');
}

/** A build's static files: every page, feed, picture and the search index. */
export const staticDir = (dist: string = distDir()) => join(dist, 'client');

/** The module the site's server imports for the pages rendered on request. */
export const serverEntry = (dist: string = distDir()) => join(dist, 'server', 'entry.mjs');

/** The folder holding each build `<dist>` may point at: the one served, the one before it, the one being made. */
export const buildsDir = (dist: string = distDir()) => `${dist}-builds`;

/** What a build published, written as it ends (src/integrations/drafts.ts), beside its `client/`: never served. */
export interface PublicationRecord {
  /** The moment the build decided what was published as of (`EXPLAINER_NOW`, or its start). */
  asOf: string;
  /** The slugs of the pieces it published, sorted. */
  pieces: string[];
}

export const publicationRecord = (dist: string = distDir()) => join(dist, 'publication.json');
