import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir, staticDir } from '../../src/lib/build-output.ts';
import { EDITOR_API, EDITOR_PATH } from '../../src/integrations/editor-paths.ts';

// The piece editor is a dev-server tool: the public build, and the server `npm start` runs from
// it, hold no page, no route and no script of it.
const dist = distDir();

test('the build has no editor page and no file that calls the editor’s API or carries CodeMirror', () => {
  expect(existsSync(join(staticDir(dist), EDITOR_PATH))).toBe(false);
  const code = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.(m?js|html|json)$/.test(file),
  );
  expect(code.length).toBeGreaterThan(0);
  const carrying = code.filter((file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    return text.includes(EDITOR_API) || text.includes('cm-content') || text.includes('startEditor');
  });
  expect(carrying).toEqual([]);
});
