import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PIECE_BUDGET } from '../../../src/tooling/budgets.ts';
import { overBudget, weighPage } from '../../../src/tooling/page-weight.ts';

function site(html: string, files: Record<string, string> = {}) {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dist, 'piece'));
  writeFileSync(join(dist, 'piece', 'index.html'), html);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, name), content);
  return weighPage(dist, join(dist, 'piece', 'index.html'));
}

test('a page is weighed with what it loads: stylesheets, their fonts, scripts and icons', () => {
  const page = site(
    `<html><head><link rel="stylesheet" href="/a.css"><script src="/b.js"></script><link rel="icon" href="/i.svg"></head><body>Hi</body></html>`,
    {
      'a.css': 'body{font-family:x;src:url(/f.woff2)}',
      'b.js': 'console.log(1)',
      'i.svg': '<svg/>',
      'f.woff2': 'FONTDATA',
    },
  );
  expect(page.isPiece).toBe(true);
  expect(page.requests).toBe(5);
  expect(page.requestsBeforeFirstPaint).toBe(3);
  expect(page.bytes.font.raw).toBe(8);
  expect(page.bytes.js.raw).toBe(14);
});

const heavyScript = Array.from({ length: 4000 }, (_, i) => `v${i}=${i * 7919};`).join('');

test('a piece over its JavaScript budget is reported with the figure and the budget', () => {
  const page = site(`<html><head></head><body><script type="module">${heavyScript}</script></body></html>`);
  const budget = (PIECE_BUDGET.jsGzip / 1024).toFixed(1);
  expect(overBudget(page)).toEqual([
    expect.stringMatching(
      new RegExp(`^/piece/: JavaScript \\d+\\.\\d KB gzip is over the ${budget} KB budget$`),
    ),
  ]);
});

test('the budgets are for pieces: a share page is weighed but not held to them', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dist, 'piece', 'faq', 'why'), { recursive: true });
  const file = join(dist, 'piece', 'faq', 'why', 'index.html');
  writeFileSync(file, `<script type="module">${heavyScript}</script>`);
  const page = weighPage(dist, file);
  expect(page.bytes.js.gzip).toBeGreaterThan(PIECE_BUDGET.jsGzip);
  expect(overBudget(page)).toEqual([]);
});
