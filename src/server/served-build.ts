import { existsSync, readFileSync, realpathSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPollRegistry } from '../features/poll/built-registry.ts';
import type { RegisteredPoll } from '../features/poll/model.ts';
import { readMovedPieces, type MovedPieces } from '../features/moved-pieces/moved.ts';
import { serverEntry, staticDir } from '../lib/build-output.ts';
import { fixedRoutes } from '../lib/routes.ts';

type Next = (error?: unknown) => void;
/** A Connect-style handler: Astro's Node adapter, the compression middleware. */
export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: Next,
  locals?: object,
) => void | Promise<void>;

/** One build, as the server answers from it. */
export interface ServedBuild {
  /** The build's own folder (the real one DIST_DIR points at): every file of an answer comes from it. */
  dir: string;
  /** The polls it published (its /api/polls/registry.json). */
  polls: ReadonlyMap<string, RegisteredPoll>;
  /** The pieces it has renamed and withdrawn: their addresses answer 301 and 410. */
  moved: MovedPieces;
  /** Its handler for the pages rendered on request (the vote API, the poll results pages). */
  astro: NodeHandler;
  /** Lets go of what loading it added to the process, once it will not be served again. */
  release?: () => void;
}

/** A build's renamed and withdrawn pieces; none in a build from before the file existed. */
function loadMovedPieces(dir: string): MovedPieces {
  const file = join(staticDir(dir), fixedRoutes.movedPieces);
  return existsSync(file)
    ? readMovedPieces(readFileSync(file, 'utf8'), file)
    : { redirects: {}, withdrawn: {} };
}

/** Reads a build's polls and moved pieces and imports its on-request pages; fails with what is wrong. */
async function loadBuild(dir: string): Promise<ServedBuild> {
  const polls = loadPollRegistry(join(staticDir(dir), fixedRoutes.pollRegistry));
  const moved = loadMovedPieces(dir);
  // This server listens itself; a build made in the adapter's standalone mode must not start its own.
  process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
  // Astro's handler adds a process-wide listener that logs its own requests' unhandled rejections:
  // one per build loaded, so Node would warn of a leak after ten builds.
  const before = new Set(process.listeners('unhandledRejection'));
  const { handler } = (await import(pathToFileURL(serverEntry(dir)).href)) as { handler: NodeHandler };
  const added = process.listeners('unhandledRejection').filter((listener) => !before.has(listener));
  const release = () => added.forEach((listener) => process.off('unhandledRejection', listener));
  return { dir, polls, moved, astro: handler, release };
}

/** The build each request is answered from. */
export interface Builds {
  /**
   * The build DIST_DIR points at now, loaded the first time it is asked for; while a new one loads,
   * requests wait for it, and if it cannot be loaded the one before it goes on being served.
   */
  current(): ServedBuild | Promise<ServedBuild>;
}

/**
 * Follows DIST_DIR from request to request: `npm run build` and `npm run publish-due` point it at a
 * new build folder in one step (src/tooling/build-folders.ts), and the next request is answered
 * from that build whole — its files, its polls, its on-request pages — with no restart. A request
 * already begun finishes on the build it started with, which stays on disk until the build after
 * next. Node cannot unload a module, so each build loaded keeps its on-request code in memory
 * (about 1 MB) until the server restarts.
 */
export async function followBuilds(
  distDir: string,
  load: (dir: string) => Promise<ServedBuild> = loadBuild,
): Promise<Builds> {
  // realpath(3) itself: one call per request, a few microseconds.
  const resolveDist = () => realpathSync.native(distDir);
  if (!existsSync(distDir)) {
    throw new Error(
      `There is no build at ${distDir}: run npm run build first (DIST_DIR names the build to serve).`,
    );
  }
  let served = await load(resolveDist());
  // The builds loaded lately, by folder (a build that could not be loaded: the one served instead).
  const loaded = new Map<string, Promise<ServedBuild>>([[served.dir, Promise.resolve(served)]]);
  return {
    current() {
      let dir: string;
      try {
        dir = resolveDist();
      } catch {
        return served; // DIST_DIR missing for a moment (see switchTo): the last build is still whole
      }
      if (dir === served.dir) return served;
      let build = loaded.get(dir);
      if (!build) {
        const fallback = served;
        build = load(dir).then(
          (next) => {
            console.log(`Now serving ${dir}.`);
            return next;
          },
          (error: unknown) => {
            console.error(
              `The build in ${dir} cannot be served, so ${fallback.dir} still is: ${error instanceof Error ? error.message : String(error)}`,
            );
            return fallback;
          },
        );
        loaded.set(dir, build);
        // The oldest build loaded goes (four switches back): what it added to the process goes with it.
        if (loaded.size > 4) {
          const [oldest, gone] = loaded.entries().next().value!;
          loaded.delete(oldest);
          void gone.then((old) => old !== served && old.release?.());
        }
      }
      return build.then((next) => {
        if (next.dir === dir) served = next;
        return next;
      });
    },
  };
}
