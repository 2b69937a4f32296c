import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { piecesDir } from '../../../src/lib/content-paths.ts';
import { checkEditions } from '../../../src/tooling/content-check/editions.ts';
import { writtenQuestions } from '../../../src/tooling/faq-source.ts';
import { readFrontmatter } from '../../../src/tooling/frontmatter.ts';
import { startTranslation } from '../../../src/tooling/translate-piece.ts';
import { NEWSROOM } from '../../support/newsroom.ts';

// A copy of the fixture newsroom's pieces: translations are written into it.
const dir = piecesDir(mkdtempSync(join(tmpdir(), 'explainer-translate-')));
cpSync(NEWSROOM.piecesDir, dir, { recursive: true });
rmSync(join(dir, 'vi', 'every-component.mdx'));
afterAll(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

test('a translation starts as a draft with the original’s frontmatter and text, naming the version it follows', () => {
  const { file, slug } = startTranslation('every-component', 'vi', { dir });
  expect(file).toBe(join(dir, 'vi', 'every-component.mdx'));
  expect(slug).toBe('vi/every-component');
  const original = readFileSync(join(dir, 'every-component.mdx'), 'utf8');
  const source = readFileSync(file, 'utf8');
  const data = readFrontmatter(source);
  const { updated, published, ...rest } = readFrontmatter(original);
  expect(data).toMatchObject({ ...rest, updated, published, translationOf: 'every-component', draft: true });
  expect(data['translatedFrom']).toEqual(updated ?? published);
  // Every question has its answer's id written on it, the one the original's answer has.
  const questions = writtenQuestions(source);
  expect(questions.length).toBeGreaterThan(1);
  expect(questions.every((question) => question.explicit)).toBe(true);
  expect(questions.map((question) => question.id)).toEqual(
    writtenQuestions(original).map((question) => question.id),
  );
  // The original's old ids are its answers' in every edition already: written once, in the original.
  expect(original).toContain('aliases={["old-fixture-id"]}');
  expect(source).not.toContain('aliases=');
  // Nothing else changed: the body is the original's, but for the ids and aliases.
  const unmarked = (text: string) =>
    text.slice(text.indexOf('\n---', 4)).replace(/ (id="[^"]+"|aliases=\{[^}]*\})/g, '');
  expect(unmarked(source)).toBe(unmarked(original));
  expect(checkEditions(dir).filter((problem) => problem.file === file)).toEqual([]);
});

test('a piece in a folder is translated as a folder, its pictures named from there without copies', () => {
  const { file } = startTranslation('pictures-piece', 'ja', { dir });
  expect(file).toBe(join(dir, 'ja', 'pictures-piece', 'index.mdx'));
  const source = readFileSync(file, 'utf8');
  expect(readFrontmatter(source)['image']).toMatchObject({ src: '../../pictures-piece/harbour.jpg' });
  expect(source).toContain('<Figure src="../../pictures-piece/hills.jpg"');
  expect(source).toContain('(../../pictures-piece/harbour.jpg "');
  expect(source).not.toMatch(/\(\.\/|src="\.\//);
});

test('it refuses an unknown piece, an unknown edition, the default edition and a translation already started', () => {
  expect(() => startTranslation('every-componnet', 'ja', { dir })).toThrow(
    /^There is no piece "every-componnet" to translate in .*\. Did you mean "every-component"\?$/,
  );
  expect(() => startTranslation('ja/every-component', 'vi', { dir })).toThrow(
    /There is no piece "ja\/every-component"/,
  );
  expect(() => startTranslation('every-component', 'fr', { dir })).toThrow(
    'There is no edition "fr". Translate into one of: ja (日本語), vi (Tiếng Việt)',
  );
  expect(() => startTranslation('every-component', 'en', { dir })).toThrow(
    '"en" is the English edition, which holds the originals: a translation goes into another edition, one of: ja (日本語), vi (Tiếng Việt).',
  );
  const existing = join(dir, 'ja', 'every-component.mdx');
  const before = readFileSync(existing, 'utf8');
  expect(() => startTranslation('every-component', 'ja', { dir })).toThrow(
    `${existing} already translates "every-component" into 日本語, so nothing was written. Edit that file;`,
  );
  expect(readFileSync(existing, 'utf8')).toBe(before);
  // A translation under another file name counts too: one translation per edition.
  writeFileSync(join(dir, 'ja', 'another-name.mdx'), before);
  rmSync(existing);
  expect(() => startTranslation('every-component', 'ja', { dir })).toThrow(
    `${join(dir, 'ja', 'another-name.mdx')} already translates "every-component" into 日本語`,
  );
});
