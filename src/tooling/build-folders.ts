import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { buildsDir } from '../lib/build-output.ts';

/*
 * Builds switched in whole. `<dist>` (DIST_DIR) is a symbolic link to one folder of `<dist>-builds/`;
 * a build is made in another folder there and, once it is complete, the link is replaced by a new
 * one with rename(2), which is atomic: a reader, the server, a deploy script never see half a build.
 *
 * Astro's incremental build keeps the last build's unchanged pages where they are
 * (src/integrations/keep-output.ts), so the new build must start as a copy of the build being
 * served, without ever writing into that one (it is being read). The folder of the build before
 * it is reused: it already holds almost the same files, and only those that differ are copied
 * over (as new files, so a reader still holding the old one keeps it whole).
 *
 * Astro always builds in the same place, `<dist>-builds/.building`, renamed to the build's id once
 * it is done: Astro writes its output folder into the server bundle, and into the fingerprint of
 * every page that uses pictures, so a new folder name every time would render every page again.
 * (The server finds its pages from where its bundle is, not from that name.) After the switch,
 * only the build now served and the one before it stay.
 */

/** A finished build's folder: what `<dist>` points at once it is switched in. */
export interface BuildFolder {
  id: string;
  dir: string;
}

/** The folder `<dist>` points at now (its real path): a build folder, `<dist>` itself (a plain folder), or null. */
export function servedBuild(dist: string): string | null {
  if (!existsSync(dist)) return null;
  return realpathSync(dist);
}

/** Where Astro makes every build, before it gets its id. */
export function buildingDir(dist: string): string {
  mkdirSync(buildsDir(dist), { recursive: true });
  return join(realpathSync(buildsDir(dist)), '.building');
}

/** The finished build folders under `<dist>-builds/` (real paths, as servedBuild answers), oldest first. */
function buildFolders(dist: string): string[] {
  if (!existsSync(buildsDir(dist))) return [];
  const dir = realpathSync(buildsDir(dist));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/**
 * Readies `buildingDir` for the next build, holding what the served build holds: what a build that
 * failed left there, or else the newest folder not served (renamed), or else a new folder.
 * Answers the folder and how many files were copied into it.
 */
export function prepareBuildFolder(dist: string): { dir: string; copied: number } {
  const served = servedBuild(dist);
  const dir = buildingDir(dist);
  if (!existsSync(dir)) {
    const reused = buildFolders(dist)
      .filter((folder) => folder !== served)
      .pop();
    if (reused) renameSync(reused, dir);
  }
  const copied = served ? mirror(served, dir) : (mkdirSync(dir, { recursive: true }), 0);
  return { dir, copied };
}

/**
 * Makes `to` hold exactly what `from` holds. A file whose size and modification time match is left
 * alone (as rsync decides); any other is copied as a new file with `from`'s times, so Astro's
 * build and keep-output.ts see it as the served build's own. Answers how many files were copied.
 */
export function mirror(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let copied = 0;
  const names = new Set<string>();
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    names.add(entry.name);
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    const there = existsSync(target) ? lstatSync(target) : null;
    if (entry.isDirectory()) {
      if (there && !there.isDirectory()) rmSync(target, { force: true });
      copied += mirror(source, target);
      continue;
    }
    const stats = statSync(source);
    // Times within a millisecond: a copy's are set from numbers, which round below that.
    const same = there?.isFile() && there.size === stats.size && Math.abs(there.mtimeMs - stats.mtimeMs) < 1;
    if (same) continue;
    if (there) rmSync(target, { recursive: true, force: true });
    copyFileSync(source, target);
    utimesSync(target, stats.atimeMs / 1000, stats.mtimeMs / 1000);
    copied++;
  }
  for (const name of readdirSync(to)) {
    if (!names.has(name)) rmSync(join(to, name), { recursive: true, force: true });
  }
  return copied;
}

/**
 * Gives the build just made in `buildingDir` its id, and points `<dist>` at it in one step: a new
 * link beside it, renamed over it. A `<dist>` that is still a plain folder (a build made before
 * builds were switched) becomes the previous build first: that one time, `<dist>` is missing for
 * the moment between two renames. Answers the build and where the one served until now is.
 */
export function switchIn(dist: string): { build: BuildFolder; previous: string | null } {
  const id = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}-${randomBytes(3).toString('hex')}`;
  const build = { id, dir: join(realpathSync(buildsDir(dist)), id) };
  renameSync(buildingDir(dist), build.dir);
  let previous = servedBuild(dist);
  if (previous && !lstatSync(dist).isSymbolicLink()) {
    previous = join(realpathSync(buildsDir(dist)), `${id}-before`);
    renameSync(dist, previous);
  }
  const link = join(dirname(dist), `.${basename(dist)}-${id}`);
  rmSync(link, { force: true });
  // Relative, so the project folder can move; from the real folder, as the kernel resolves `..`.
  symlinkSync(relative(realpathSync(dirname(dist)), build.dir), link, 'dir');
  renameSync(link, dist);
  return { build, previous };
}

/** Removes every build folder but the one served and `previous` (the one served before it). */
export function removeOldBuilds(dist: string, previous: string | null): string[] {
  const keep = new Set([servedBuild(dist), previous]);
  const removed = buildFolders(dist).filter((folder) => !keep.has(folder));
  for (const folder of removed) rmSync(folder, { recursive: true, force: true });
  return removed;
}
