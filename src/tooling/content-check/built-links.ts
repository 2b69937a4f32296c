import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { placeAt, type Problem } from '../../lib/problem.ts';
import { parseRoute, piecePath } from '../../lib/routes.ts';
import { htmlFiles, onDemandPages, pageUrl } from '../built-site.ts';
import { pieceFiles, pieceSlug } from './pieces.ts';

/**
 * Every internal link and #anchor in the built site must land somewhere. A broken one is reported
 * against the piece it came from (and its place, when the link is found in the source).
 */
export function checkBuiltLinks(distDir: string, piecesDir: string): Problem[] {
  const pages = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const file of htmlFiles(distDir)) {
    const url = pageUrl(distDir, file);
    const ids = new Set<string>();
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      const id = node.properties['id'];
      if (typeof id === 'string') ids.add(id);
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string') links.push({ from: url, href });
    });
    pages.set(url, ids);
  }
  // Poll results pages are rendered on request, not built; each poll that takes votes has one.
  for (const path of onDemandPages(distDir)) if (!pages.has(path)) pages.set(path, new Set());

  const slugFiles = new Map(pieceFiles(piecesDir).map((file) => [pieceSlug(piecesDir, file), file]));
  const problems = new Map<string, Problem>();
  for (const { from, href } of links) {
    const target = new URL(href, `http://site${from}`);
    if (target.host !== 'site' || /^(mailto|tel):/.test(href)) continue;
    const path = decodeURIComponent(target.pathname);
    const ids = pages.get(path) ?? (existsSync(join(distDir, path)) ? new Set<string>() : undefined);
    const fragment = decodeURIComponent(target.hash.slice(1));
    let message: string | undefined;
    if (!ids)
      message = `the link to ${href} goes to a page that does not exist. Check the address (pieces live at ${piecePath('<file-name>')}).`;
    else if (fragment && !ids.has(fragment)) {
      message = `the link to ${href} points to the anchor #${fragment}, which ${path} does not have. Check the heading or FAQ id it should point to.`;
    }
    if (!message) continue;
    problems.set(`${from} ${href}`, { ...sourceOf(from, href, slugFiles), message });
  }
  return [...problems.values()];
}

/** The piece a built page came from, with the place of the link when the source has it. */
function sourceOf(page: string, href: string, slugFiles: Map<string, string>): Omit<Problem, 'message'> {
  const route = parseRoute(page);
  const file = 'slug' in route ? slugFiles.get(route.slug) : undefined;
  if (!file) return { file: `the page ${page}` };
  const source = readFileSync(file, 'utf8');
  const markdown = source.indexOf(`](${href}`);
  const index = markdown >= 0 ? markdown + 2 : source.indexOf(`"${href}"`);
  return index >= 0 ? { file, ...placeAt(source, index) } : { file };
}
