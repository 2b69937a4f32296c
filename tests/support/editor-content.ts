import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authorsFile, dictionaryFile, piecesDir, tagsFile } from '../../src/lib/content-paths.ts';
import { NEWSROOM } from './newsroom.ts';

/** The piece the launch test edits, from the real content folder. */
export const LAUNCH_PIECE = 'japan-vietnam-hanoi-summit.mdx';

/**
 * A content folder for the piece editor's tests, in a temporary folder: the fixture newsroom's
 * pieces and the launch piece, with both tag lists and the dictionary. The editor's dev server writes here, never in
 * content/ or the fixtures.
 */
export function editorContentDir(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'editor-content-')), 'content');
  cpSync(NEWSROOM.contentDir, dir, { recursive: true });
  cpSync(join(piecesDir('content'), LAUNCH_PIECE), join(piecesDir(dir), LAUNCH_PIECE));
  const tags = { ...readJson(tagsFile(NEWSROOM.contentDir)), ...readJson(tagsFile('content')) };
  writeFileSync(tagsFile(dir), `${JSON.stringify(tags, null, 2)}\n`);
  // The launch piece's authors beside the newsroom's (their ids differ).
  writeFileSync(
    authorsFile(dir),
    `${readFileSync(authorsFile(NEWSROOM.contentDir), 'utf8')}${readFileSync(authorsFile('content'), 'utf8')}`,
  );
  // The real dictionary: the editor's "Add to dictionary" writes to this copy.
  cpSync(dictionaryFile('content'), dictionaryFile(dir));
  return dir;
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
