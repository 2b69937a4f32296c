import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkPieces } from '../../../src/tooling/content-check/across-pieces.ts';

const pieces = mkdtempSync(join(tmpdir(), 'reserved-'));
afterAll(() => rmSync(pieces, { recursive: true, force: true }));

test('an address an edition keeps for its own pages is refused, in every edition', () => {
  mkdirSync(join(pieces, 'ja'));
  for (const [file, title] of <[string, string][]>[
    ['ja.mdx', 'A piece at the Japanese edition’s front page'],
    ['ja/search.mdx', '検索ページの住所の記事'],
    ['ja/summit.mdx', '首脳会談'],
    ['search-results.mdx', 'Not a reserved address'],
  ]) {
    writeFileSync(join(pieces, file), `---\ntitle: ${title}\n---\n`);
  }
  const reserved = checkPieces(pieces)
    .filter((problem) => problem.message.includes('belongs to a page of the site itself'))
    .map((problem) => problem.message.split(' belongs')[0]);
  expect(reserved.sort()).toEqual(['the address /ja/', 'the address /ja/search/']);
});
