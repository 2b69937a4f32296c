import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { refuseOldPiecesFolder } from '../../../src/lib/content-paths.ts';

test('a piece left in the old content/articles/ folder stops the build, saying where it goes', () => {
  const content = mkdtempSync(join(tmpdir(), 'content-'));
  expect(() => refuseOldPiecesFolder(content)).not.toThrow();
  mkdirSync(join(content, 'articles'));
  writeFileSync(join(content, 'articles', 'forgotten.mdx'), '---\n---\n');
  expect(() => refuseOldPiecesFolder(content)).toThrow(
    `${content}/articles/ holds forgotten.mdx, but pieces now live in ${content}/pieces/ and nothing in ` +
      `${content}/articles/ is published. Move them: git mv ${content}/articles/*.mdx ${content}/pieces/`,
  );
});
