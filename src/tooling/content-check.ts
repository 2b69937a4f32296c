import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { load as parseYaml } from 'js-yaml';
import { visit } from 'unist-util-visit';
import { parseRoute, piecePath, RESERVED_SEGMENTS } from '../lib/routes.ts';
import { slugify } from '../lib/slug.ts';
import { htmlFiles, onDemandPages, pageUrl } from './built-site.ts';

/** One problem for an editor: where it is and what to do. */
export interface Problem {
  /** "content/pieces/piece.mdx, line 12" or "content/pieces/piece.mdx" */
  where: string;
  message: string;
}

export const formatProblem = ({ where, message }: Problem) => `${where}: ${message}`;

/** The MDX pieces in a folder, as paths relative to the working directory. */
export function pieceFiles(piecesDir: string): string[] {
  return readdirSync(piecesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => join(piecesDir, file))
    .sort();
}

/**
 * The slug Astro's glob loader gives a piece: each path segment slugged, no extension, and a
 * folder's `index` left out (pieces/<slug>/index.mdx is the piece <slug>).
 */
export function pieceSlug(piecesDir: string, file: string): string {
  return relative(piecesDir, file)
    .replace(/\.mdx$/, '')
    .split(sep)
    .map(slugify)
    .join('/')
    .replace(/(^|\/)index$/, '');
}

function frontmatterOf(source: string): { data: Record<string, unknown>; text: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return { data: {}, text: '' };
  try {
    return { data: (parseYaml(match[1]!) ?? {}) as Record<string, unknown>, text: match[1]! };
  } catch {
    return { data: {}, text: match[1]! }; // The build reports broken YAML with its own message.
  }
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/**
 * Checks across pieces that the build cannot see one file at a time: two pieces with the same
 * address or headline, an address the site keeps for itself, every TODO left from the template
 * in a piece that is not a draft, and dates YAML silently rolls over (2025-02-30 becomes 2 March).
 * `unsaved` gives a file's text as an editor has it before saving (the piece editor's check).
 */
export function checkPieces(piecesDir: string, unsaved: ReadonlyMap<string, string> = new Map()): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  const byTitle = new Map<string, string>();
  // Unsaved texts last: a clash between two pieces is reported on the second, the one being edited.
  const files = pieceFiles(piecesDir).sort((a, b) => Number(unsaved.has(a)) - Number(unsaved.has(b)));
  for (const file of files) {
    const source = unsaved.get(file) ?? readFileSync(file, 'utf8');
    const { data } = frontmatterOf(source);

    const slug = pieceSlug(piecesDir, file);
    const sameSlug = bySlug.get(slug);
    if (sameSlug) {
      problems.push({
        where: file,
        message: `this piece would be published at ${piecePath(slug)}, like ${sameSlug}. Rename one of the two files.`,
      });
    } else bySlug.set(slug, file);
    if (RESERVED_SEGMENTS.includes(slug)) {
      problems.push({
        where: file,
        message: `the address ${piecePath(slug)} belongs to a page of the site itself, so this piece could not be published there. Rename the file.`,
      });
    }

    const title = typeof data['title'] === 'string' ? data['title'].trim() : '';
    const sameTitle = byTitle.get(title.toLowerCase());
    if (title && sameTitle) {
      problems.push({
        where: `${file}, field title`,
        message: `the headline "${title}" is already used by ${sameTitle}. Give each piece its own headline.`,
      });
    } else if (title) byTitle.set(title.toLowerCase(), file);

    if (data['draft'] !== true) {
      for (const todo of source.matchAll(/\bTODO\b/g)) {
        problems.push({
          where: `${file}, line ${lineOf(source, todo.index)}`,
          message:
            'this piece is not a draft but still has a TODO from the template. Replace it, or keep draft: true.',
        });
      }
    }

    for (const match of source.matchAll(
      /^\s*-?\s*(published|updated|date):\s*['"]?(\d{4})-(\d{2})-(\d{2})['"]?\s*$/gm,
    )) {
      const [, field, year, month, day] = match;
      const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
        problems.push({
          where: `${file}, line ${lineOf(source, match.index)}, field ${field}`,
          message: `${year}-${month}-${day} is not a real date. Write the date as YYYY-MM-DD, for example 2025-04-29.`,
        });
      }
    }
  }
  return problems;
}

/**
 * Every internal link and #anchor in the built site must land somewhere. A broken one is reported
 * against the piece it came from (and its line, when the link text is found in the source).
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
    problems.set(`${from} ${href}`, { where: sourceOf(from, href, slugFiles), message });
  }
  return [...problems.values()];
}

/** The piece a built page came from, with the line of the link when the source has it. */
function sourceOf(page: string, href: string, slugFiles: Map<string, string>): string {
  const route = parseRoute(page);
  const file = 'slug' in route ? slugFiles.get(route.slug) : undefined;
  if (!file) return `the page ${page}`;
  const source = readFileSync(file, 'utf8');
  const index = source.indexOf(`](${href}`) >= 0 ? source.indexOf(`](${href}`) : source.indexOf(`"${href}"`);
  return index >= 0 ? `${file}, line ${lineOf(source, index)}` : file;
}

/** Spelling problems as cspell reports them ("file:line:col - Unknown word (x)"), reworded for editors. */
export function spellingProblems(cspellOutput: string): Problem[] {
  return [...cspellOutput.matchAll(/^(.+?):(\d+):(\d+) - Unknown word \((.+?)\)(?: fix: \((.+?)\))?/gm)].map(
    ([, file, line, , word, fixes]) => ({
      where: `${file}, line ${line}`,
      message:
        `"${word}" may be misspelt${
          fixes
            ? ` (did you mean ${fixes
                .split(', ')
                .map((f) => `"${f}"`)
                .join(' or ')}?)`
            : ''
        }. ` + 'Fix it, or if it is right (a name or a term), add it to content/dictionary.txt.',
    }),
  );
}
