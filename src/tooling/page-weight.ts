import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parseRoute } from '../lib/routes.ts';
import { PIECE_BUDGET } from './budgets.ts';
import { htmlFiles, pageUrl } from './built-site.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  /** A piece's own page (not a share page): the budgets apply to these. */
  isPiece: boolean;
  bytes: Record<ResourceKind, Bytes>;
  total: Bytes;
  /** Every file the page loads: the HTML and what it references (icons included). */
  requests: number;
  /** HTML plus what blocks rendering: stylesheets and classic scripts in <head>. */
  requestsBeforeFirstPaint: number;
}

const kindOf = (file: string): ResourceKind | null =>
  /\.css$/.test(file)
    ? 'css'
    : /\.m?js$/.test(file)
      ? 'js'
      : /\.(woff2?|ttf|otf)$/.test(file)
        ? 'font'
        : /\.(png|jpe?g|gif|svg|webp|avif|ico)$/.test(file)
          ? 'image'
          : null;

const measure = (content: Buffer | string): Bytes => ({
  raw: Buffer.byteLength(content),
  gzip: gzipSync(content).length,
});

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none = (): Bytes => ({ raw: 0, gzip: 0 });

/** Bytes and requests of one built page, as a first visit with an empty cache would load them. */
export function weighPage(distDir: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const path = pageUrl(distDir, htmlFile);
  const bytes: Record<ResourceKind, Bytes> = {
    html: measure(html),
    css: none(),
    js: none(),
    font: none(),
    image: none(),
  };
  const files = new Set<string>();
  let blocking = 1;
  let inlineScripts = '';

  visit(fromHtml(html), 'element', (node: Element, _index, parent) => {
    const p = node.properties;
    const inHead = parent?.type === 'element' && parent.tagName === 'head';
    if (node.tagName === 'link' && typeof p['href'] === 'string') {
      const rel = ([] as unknown[]).concat(p['rel'] ?? []).join(' ');
      if (/stylesheet|icon|preload/.test(rel) && p['href'].startsWith('/')) files.add(p['href']);
      if (rel === 'stylesheet') blocking++;
    }
    if (node.tagName === 'script') {
      if (typeof p['src'] === 'string') {
        files.add(p['src']);
        if (inHead && p['type'] !== 'module' && !p['async'] && !p['defer']) blocking++;
      } else if (p['type'] !== 'application/ld+json') {
        inlineScripts += node.children.map((c) => ('value' in c ? c.value : '')).join('');
      }
    }
    if (node.tagName === 'img' && typeof p['src'] === 'string' && p['src'].startsWith('/'))
      files.add(p['src']);
  });

  // Fonts and images a stylesheet pulls in.
  for (const file of [...files]) {
    if (!file.endsWith('.css')) continue;
    const css = readFileSync(join(distDir, file), 'utf8');
    for (const [, url] of css.matchAll(/url\(["']?(\/[^"')]+)["']?\)/g)) files.add(url!);
  }

  for (const file of files) {
    const kind = kindOf(file);
    const onDisk = join(distDir, file);
    if (kind && existsSync(onDisk)) bytes[kind] = add(bytes[kind], measure(readFileSync(onDisk)));
  }
  // Inline scripts travel inside the HTML, but they are JavaScript the reader's browser runs.
  if (inlineScripts) bytes.js = add(bytes.js, measure(inlineScripts));

  const total = (['html', 'css', 'font', 'image'] as const).reduce(
    (sum, kind) => add(sum, bytes[kind]),
    none(),
  );
  const externalJs = [...files]
    .filter((f) => kindOf(f) === 'js')
    .reduce((sum, f) => add(sum, measure(readFileSync(join(distDir, f)))), none());
  return {
    path,
    isPiece: parseRoute(path).kind === 'piece',
    bytes,
    total: add(total, externalJs),
    requests: 1 + files.size,
    requestsBeforeFirstPaint: blocking,
  };
}

export function weighSite(distDir: string): PageWeight[] {
  return htmlFiles(distDir).map((file) => weighPage(distDir, file));
}

/** Each budget a page breaks, with the figure and the budget. */
export function overBudget(page: PageWeight): string[] {
  if (!page.isPiece) return [];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  if (page.total.gzip > PIECE_BUDGET.totalGzip)
    problems.push(
      `${page.path}: total transfer ${kb(page.total.gzip)} is over the ${kb(PIECE_BUDGET.totalGzip)} budget`,
    );
  if (page.bytes.js.gzip > PIECE_BUDGET.jsGzip)
    problems.push(
      `${page.path}: JavaScript ${kb(page.bytes.js.gzip)} gzip is over the ${kb(PIECE_BUDGET.jsGzip)} budget`,
    );
  if (page.requestsBeforeFirstPaint > PIECE_BUDGET.requestsBeforeFirstPaint)
    problems.push(
      `${page.path}: ${page.requestsBeforeFirstPaint} requests before first paint, over the budget of ${PIECE_BUDGET.requestsBeforeFirstPaint}`,
    );
  return problems;
}

export function formatTable(pages: PageWeight[]): string {
  const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;
  const header =
    '| page | HTML | CSS | JS | fonts | images | total | requests | before paint |\n|---|---|---|---|---|---|---|---|---|';
  const rows = pages.map(
    (p) =>
      `| ${p.path}${p.isPiece ? ' (piece)' : ''} | ${kb(p.bytes.html)} | ${kb(p.bytes.css)} | ${kb(p.bytes.js)} | ${kb(p.bytes.font)} | ${kb(p.bytes.image)} | ${kb(p.total)} | ${p.requests} | ${p.requestsBeforeFirstPaint} |`,
  );
  return `KB raw / gzip per page (empty cache).\n\n${header}\n${rows.join('\n')}\n`;
}
