import { existsSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { linksFile } from '../lib/content-paths.ts';
import { parseRoute } from '../lib/routes.ts';
import { htmlFiles, pageUrl } from './built-site.ts';

/** What a published link points at; decides how the fix is worded when it breaks. */
type LinkKind = 'page' | 'share-page' | 'section' | 'faq';

/** The committed manifest: every link ever published, sorted, with its kind. Like a lockfile. */
export type LinkManifest = Record<string, LinkKind>;

export const MANIFEST_PATH = linksFile();

/** Every link the built site answers: its pages, FAQ share pages and shareable anchors. */
export function collectPublishedLinks(distDir: string): LinkManifest {
  const links: LinkManifest = {};
  for (const file of htmlFiles(distDir)) {
    Object.assign(links, pageLinks(pageUrl(distDir, file), readFileSync(file, 'utf8')));
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

/** Links in the manifest that the built site no longer answers, each with how to keep it. */
export function brokenLinks(manifest: LinkManifest, published: LinkManifest): string[] {
  return Object.entries(manifest)
    .filter(([link]) => !(link in published))
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
      return `this page was published and no longer exists. Restore the piece (or its file name). ${removeOnPurpose}`;
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
