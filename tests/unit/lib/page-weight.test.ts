import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { overBudget, weighPage } from '../../../src/lib/page-weight.ts';

function site(html: string, files: Record<string, string> = {}) {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dist, 'piece'));
  writeFileSync(join(dist, 'piece', 'index.html'), html);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, name), content);
  return weighPage(dist, join(dist, 'piece', 'index.html'));
}

const articleHead = '<meta property="og:type" content="article">';

test('a page is weighed with what it loads: stylesheets, their fonts, scripts and icons', () => {
  const page = site(
    `<html><head>${articleHead}<link rel="stylesheet" href="/a.css"><script src="/b.js"></script><link rel="icon" href="/i.svg"></head><body>Hi</body></html>`,
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

test('over budget reports the figure and the budget', () => {
  const heavyScript = Array.from({ length: 4000 }, (_, i) => `v${i}=${i * 7919};`).join('');
  const page = site(
    `<html><head>${articleHead}</head><body><script type="module">${heavyScript}</script></body></html>`,
  );
  expect(overBudget(page)).toEqual([
    expect.stringMatching(/^\/piece\/: JavaScript \d+\.\d KB gzip is over the 2\.0 KB budget$/),
  ]);
});
