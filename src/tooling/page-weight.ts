import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { parseRoute } from '../lib/routes.ts';
import { pieceBudget } from './budgets.ts';

type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

interface Bytes {
  raw: number;
  /** As sent compressed: gzip for text, the file itself for formats that are compressed already. */
  gzip: number;
}

export interface PageWeight {
  path: string;
  /** The HTTP status the page answered with. */
  status: number;
  /** A piece's own page (not a share page): the budgets apply to these. */
  isPiece: boolean;
  bytes: Record<ResourceKind, Bytes>;
  total: Bytes;
  /** Every response the page's first visit received: the HTML and all it loaded. */
  requests: number;
  /** The HTML and every request that started before the first contentful paint. */
  requestsBeforeFirstPaint: number;
  /**
   * A piece's lead image (its `fetchpriority="high"` picture) as this browser chose it, and every
   * size of it that was downloaded: a piece may add the one size the screen needs, no more.
   */
  leadImage?: { downloads: string[]; bytes: number };
}

const KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

function kindOf(response: Response): ResourceKind {
  const type = response.headers()['content-type'] ?? '';
  const path = new URL(response.url()).pathname;
  if (type.includes('text/html')) return 'html';
  if (type.includes('css') || path.endsWith('.css')) return 'css';
  if (type.includes('javascript') || /\.m?js$/.test(path)) return 'js';
  if (type.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

/** Formats that are compressed already: a server sends them as they are. */
const PRECOMPRESSED = new Set<ResourceKind>(['font', 'image']);

const measure = (body: Buffer, kind: ResourceKind): Bytes => ({
  raw: body.length,
  gzip: PRECOMPRESSED.has(kind) ? body.length : gzipSync(body).length,
});
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const none = (): Bytes => ({ raw: 0, gzip: 0 });

/**
 * Loads a page in a fresh browser page, as a first visit with an empty cache, and weighs what it
 * transfers: every response (fonts only when the page uses them, as a browser decides), plus the
 * JavaScript inside the HTML, which the reader's browser runs too.
 */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
  const responses: Response[] = [];
  page.on('response', (response) => void responses.push(response));
  const answer = await page.goto(url, { waitUntil: 'networkidle' });
  const timing = await page.evaluate(() => ({
    lead: document.querySelector<HTMLImageElement>('img[fetchpriority="high"]')?.currentSrc ?? null,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    starts: performance.getEntriesByType('resource').map((entry) => entry.startTime),
    inlineScripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((script) => script.textContent ?? '')
      .join(''),
  }));
  const bytes = Object.fromEntries(KINDS.map((kind) => [kind, none()])) as Record<ResourceKind, Bytes>;
  for (const response of responses) {
    const kind = kindOf(response);
    bytes[kind] = add(bytes[kind], measure(await response.body().catch(() => Buffer.alloc(0)), kind));
  }
  const total = KINDS.reduce((sum, kind) => add(sum, bytes[kind]), none());
  // Every size of the lead picture is one file name before Astro's size suffix: harbour.<hash>_<size>.avif
  const pictureOf = (url: string) =>
    /\/_astro\/([^/]+?\.[\w-]+?)_[\w-]+\.\w+$/.exec(new URL(url).pathname)?.[1];
  const leadResponses = timing.lead
    ? responses.filter((response) => pictureOf(response.url()) === pictureOf(timing.lead!))
    : [];
  const leadImage = timing.lead
    ? {
        downloads: leadResponses.map((response) => new URL(response.url()).pathname),
        bytes: (await Promise.all(leadResponses.map((r) => r.body().catch(() => Buffer.alloc(0))))).reduce(
          (sum, body) => sum + body.length,
          0,
        ),
      }
    : undefined;
  if (timing.inlineScripts) bytes.js = add(bytes.js, measure(Buffer.from(timing.inlineScripts), 'js'));
  const path = new URL(url).pathname;
  return {
    path,
    status: answer?.status() ?? 0,
    isPiece: parseRoute(path).kind === 'piece',
    bytes,
    total,
    requests: responses.length,
    requestsBeforeFirstPaint: 1 + timing.starts.filter((start) => start < timing.firstPaint).length,
    ...(leadImage && { leadImage }),
  };
}

/** Each budget a piece's page breaks (its edition's, src/tooling/budgets.ts), with the figure and the budget. */
export function overBudget(page: PageWeight): string[] {
  if (!page.isPiece) return [];
  const budget = pieceBudget(parseRoute(page.path).edition);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  // A lead image is allowed on top of the budget, once, in the one size the screen needs.
  const lead = page.leadImage;
  if (lead && lead.downloads.length !== 1)
    problems.push(
      `${page.path}: the lead image was downloaded ${lead.downloads.length} times (${lead.downloads.join(', ')}), not once`,
    );
  const total = page.total.gzip - (lead?.bytes ?? 0);
  if (total > budget.totalGzip)
    problems.push(
      `${page.path}: total transfer ${kb(total)}${lead ? ' besides its lead image' : ''} is over the ${kb(budget.totalGzip)} budget`,
    );
  if (page.bytes.js.gzip > budget.jsGzip)
    problems.push(
      `${page.path}: JavaScript ${kb(page.bytes.js.gzip)} gzip is over the ${kb(budget.jsGzip)} budget`,
    );
  const requestBudget = budget.requestsBeforeFirstPaint + (lead ? 1 : 0);
  if (page.requestsBeforeFirstPaint > requestBudget)
    problems.push(
      `${page.path}: ${page.requestsBeforeFirstPaint} requests before first paint, over the budget of ${requestBudget}`,
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
  return `KB raw / as sent compressed, per page, first visit with an empty cache (JS includes scripts inside the HTML).\n\n${header}\n${rows.join('\n')}\n`;
}
