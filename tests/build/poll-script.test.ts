import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { staticDir } from '../../src/lib/built-site.ts';

test('the poll island ships at most 2 KB gzip, inline and hashed by the CSP', () => {
  const html = readFileSync(join(staticDir(), 'japan-vietnam-hanoi-summit', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(([, code]) => code!);
  const island = scripts.filter((code) => code.includes('data-poll-live'));
  expect(island, 'one poll script on the piece').toHaveLength(1);
  expect(gzipSync(island[0]!).length).toBeLessThanOrEqual(2048);
  const hashes = /script-src ([^;]*)/.exec(html)![1]!;
  expect(hashes).toContain(`'sha256-${createHash('sha256').update(island[0]!).digest('base64')}'`);
});
