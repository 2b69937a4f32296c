import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { readMovedPieces, type MovedPieces } from '../features/moved-pieces/moved.ts';
import { linksFile } from '../lib/content-paths.ts';
import { fixedRoutes, parseRoute, piecePath } from '../lib/routes.ts';
import { htmlFiles, pageUrl } from './built-site.ts';

/**
 * What a published link points at; decides how the fix is worded when it breaks. `redirect`: an
 * address of a piece before it was renamed (`npm run rename`), which now moves on to its newest;
 * `withdrawn`: an address of a withdrawn piece (`npm run withdraw`), which says when and why.
 */
type LinkKind = 'page' | 'share-page' | 'section' | 'faq' | 'redirect' | 'withdrawn';

/** The committed manifest: every link ever published, sorted, with its kind. Like a lockfile. */
export type LinkManifest = Record<string, LinkKind>;

export const MANIFEST_PATH = linksFile();

/** The build's renamed and withdrawn pieces (src/pages/api/moved-pieces.json.ts); none in an older build. */
function builtMovedPieces(distDir: string): MovedPieces {
  const file = join(distDir, fixedRoutes.movedPieces);
  return existsSync(file)
    ? readMovedPieces(readFileSync(file, 'utf8'), file)
    : { redirects: {}, withdrawn: {} };
}

/**
 * Every link the built site answers: its pages, FAQ share pages and shareable anchors; a renamed
 * piece's earlier addresses, each anchor included, as redirects (each lands where its link under
 * the newest address does); a withdrawn piece's pages as withdrawn.
 */
export function collectPublishedLinks(distDir: string): LinkManifest {
  const links: LinkManifest = {};
  const moved = builtMovedPieces(distDir);
  for (const file of htmlFiles(distDir)) {
    const path = pageUrl(distDir, file);
    const route = parseRoute(path);
    if (route.kind === 'not-found') continue;
    if ('slug' in route && route.slug in moved.redirects) links[path] = 'redirect';
    else if ('slug' in route && route.slug in moved.withdrawn) links[path] = 'withdrawn';
    else Object.assign(links, pageLinks(path, readFileSync(file, 'utf8')));
  }
  for (const [from, to] of Object.entries(moved.redirects)) {
    for (const link of Object.keys(links)) {
      if (link.startsWith(piecePath(to)) && link.includes('#')) {
        links[piecePath(from) + link.slice(piecePath(to).length)] = 'redirect';
      }
    }
  }
  return sortLinks(links);
}

/**
 * The links one page publishes: its address and its shareable anchors (sections, FAQ answers).
 * The piece editor's Publish records a piece's from its pages as the dev server renders them.
 */
export function pageLinks(path: string, html: string): LinkManifest {
  const links: LinkManifest = {};
  const route = parseRoute(path);
  if (route.kind === 'not-found') return links;
  links[path] = route.kind === 'share' ? 'share-page' : 'page';
  visit(fromHtml(html), 'element', (node: Element) => {
    const kind = node.properties['dataAnchor'];
    const id = node.properties['id'];
    if ((kind === 'section' || kind === 'faq') && typeof id === 'string') links[`${path}#${id}`] = kind;
  });
  return links;
}

/** The address a link is under, when that is a piece's: its id. */
const pieceOf = (link: string) => {
  const route = parseRoute(link);
  return 'slug' in route ? route.slug : undefined;
};

/**
 * The manifest after a piece was renamed from one id to another (`npm run rename`): every link
 * under the old address is recorded as a redirect, and the same links under the new address as
 * what they were, so none is lost and links:check passes on the next build.
 */
export function renameInManifest(manifest: LinkManifest, from: string, to: string): LinkManifest {
  const next = { ...manifest };
  for (const [link, kind] of Object.entries(manifest)) {
    if (pieceOf(link) !== from) continue;
    next[link] = 'redirect';
    next[piecePath(to) + link.slice(piecePath(from).length)] = kind;
  }
  return sortLinks(next);
}

/** The manifest after pieces were withdrawn (`npm run withdraw`): every link under their addresses, recorded as withdrawn. */
export function withdrawInManifest(manifest: LinkManifest, ids: readonly string[]): LinkManifest {
  return sortLinks(
    Object.fromEntries(
      Object.entries(manifest).map(([link, kind]) => [
        link,
        ids.includes(pieceOf(link) ?? '') ? 'withdrawn' : kind,
      ]),
    ),
  );
}

/** Links in the manifest that the built site no longer answers, each with how to keep it. */
export function brokenLinks(manifest: LinkManifest, published: LinkManifest): string[] {
  // A withdrawn piece's anchors are on no page: its page, saying when and why, answers for them.
  const answered = (link: string) => link in published || published[link.split('#')[0]!] === 'withdrawn';
  return Object.entries(manifest)
    .filter(([link]) => !answered(link))
    .map(([link, kind]) => `${link} — ${howToKeep(link, kind)}`);
}

function howToKeep(link: string, kind: LinkKind): string {
  const route = parseRoute(link);
  const id = link.includes('#')
    ? link.slice(link.indexOf('#') + 1)
    : route.kind === 'share'
      ? route.id
      : link;
  const removeOnPurpose = `If it was removed on purpose, delete its line from ${MANIFEST_PATH}.`;
  switch (kind) {
    case 'faq':
    case 'share-page':
      return (
        `this FAQ answer was published and shared under the id "${id}", which no longer exists. ` +
        `If you reworded the question, keep old links working by adding the old id to the question: ` +
        `aliases={["${id}"]}. Or rename the question back. ${removeOnPurpose}`
      );
    case 'section':
      return (
        `this section was published under the id "${id}", which no longer exists. If you reworded ` +
        `the heading, rename it back so shared links keep working. ${removeOnPurpose}`
      );
    case 'page':
      return (
        `this page was published and no longer exists. Restore the piece (or its file name); to change ` +
        `its address, rename it with npm run rename -- <old> <new>, which keeps the old one as a redirect; ` +
        `to take it off the site, npm run withdraw. ${removeOnPurpose}`
      );
    case 'redirect':
      return (
        `this was an address of a piece before it was renamed, and redirected to it. Put the old address ` +
        `back in the piece's redirectFrom list. ${removeOnPurpose}`
      );
    case 'withdrawn':
      return (
        `this was an address of a withdrawn piece, which says when and why it was withdrawn. Keep the ` +
        `piece's file with its withdrawn: field (do not delete it). ${removeOnPurpose}`
      );
  }
}

/** The manifest plus every newly published link; never drops one. Returns the links it added. */
export function mergeNewLinks(manifest: LinkManifest, published: LinkManifest) {
  const added = Object.keys(published).filter((link) => !(link in manifest));
  return { manifest: sortLinks({ ...published, ...manifest }), added };
}

export function readManifest(path = MANIFEST_PATH): LinkManifest {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LinkManifest) : {};
}

export function formatManifest(manifest: LinkManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function sortLinks(links: LinkManifest): LinkManifest {
  return Object.fromEntries(Object.entries(links).sort(([a], [b]) => a.localeCompare(b)));
}
