import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { linksFile, piecesDir } from '../../../src/lib/content-paths.ts';
import { readFrontmatter } from '../../../src/tooling/frontmatter.ts';
import { formatManifest, readManifest } from '../../../src/tooling/link-manifest.ts';
import { renamePiece } from '../../../src/tooling/rename.ts';
import { withdrawPiece } from '../../../src/tooling/withdraw.ts';
import { NEWSROOM } from '../../support/newsroom.ts';

/*
 * `npm run rename` and `npm run withdraw` (and the browser editor's same actions) on a copy of the
 * fixture newsroom, with a links manifest like the one a build records: what each changes on
 * disk, and what each refuses without changing anything.
 */
let contentDir: string;
beforeEach(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'rename-')), 'content');
  cpSync(NEWSROOM.contentDir, contentDir, { recursive: true });
  writeFileSync(
    linksFile(contentDir),
    formatManifest({
      '/every-component/': 'page',
      '/every-component/#callouts-in-a-piece': 'section',
      '/every-component/#what-is-a-fixture': 'faq',
      '/every-component/faq/what-is-a-fixture/': 'share-page',
      '/ja/every-component/': 'page',
      '/later-piece/': 'page',
      '/later-piece/faq/how-do-i-share-an-answer/': 'share-page',
      '/later-piece-two/': 'page',
    }),
  );
});
afterEach(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

const pieces = () => piecesDir(contentDir);
const frontmatter = (path: string) => readFrontmatter(readFileSync(join(pieces(), path), 'utf8'));
/** Every file of the content folder with its bytes: what a refusal must leave as it was. */
const snapshot = () =>
  Object.fromEntries(
    readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((file) => [
        file,
        statSync(join(contentDir, file)).isFile() ? readFileSync(join(contentDir, file), 'utf8') : 'folder',
      ]),
  );

describe('npm run rename', () => {
  test('moves the piece, records its old slug, points its translations at it, and lists what it changed', () => {
    const { changed } = renamePiece({ contentDir, from: 'every-component', to: 'all-the-components' });
    expect(existsSync(join(pieces(), 'every-component.mdx'))).toBe(false);
    expect(frontmatter('all-the-components.mdx')['redirectFrom']).toEqual(['every-component']);
    expect(frontmatter('ja/every-component.mdx')['translationOf']).toBe('all-the-components');
    expect(frontmatter('vi/every-component.mdx')['translationOf']).toBe('all-the-components');
    expect(changed).toEqual([
      join(pieces(), 'every-component.mdx'),
      join(pieces(), 'all-the-components.mdx'),
      join(pieces(), 'ja/every-component.mdx'),
      join(pieces(), 'vi/every-component.mdx'),
      linksFile(contentDir),
    ]);
    // Only the new field: every other byte of the piece is as it was.
    const before = readFileSync(join(NEWSROOM.piecesDir, 'every-component.mdx'), 'utf8');
    const after = readFileSync(join(pieces(), 'all-the-components.mdx'), 'utf8');
    expect(after.replace('redirectFrom: [every-component]\n', '')).toBe(before);
  });

  test('the manifest keeps every old address, as a redirect, and records the same links under the new one', () => {
    renamePiece({ contentDir, from: 'every-component', to: 'all-the-components' });
    expect(readManifest(linksFile(contentDir))).toEqual({
      '/all-the-components/': 'page',
      '/all-the-components/#callouts-in-a-piece': 'section',
      '/all-the-components/#what-is-a-fixture': 'faq',
      '/all-the-components/faq/what-is-a-fixture/': 'share-page',
      '/every-component/': 'redirect',
      '/every-component/#callouts-in-a-piece': 'redirect',
      '/every-component/#what-is-a-fixture': 'redirect',
      '/every-component/faq/what-is-a-fixture/': 'redirect',
      '/ja/every-component/': 'page',
      '/later-piece/': 'page',
      '/later-piece/faq/how-do-i-share-an-answer/': 'share-page',
      '/later-piece-two/': 'page',
    });
  });

  test('a second rename chains: every earlier slug is kept, oldest first, and renaming back makes one the address again', () => {
    renamePiece({ contentDir, from: 'every-component', to: 'second-name' });
    renamePiece({ contentDir, from: 'second-name', to: 'third-name' });
    expect(frontmatter('third-name.mdx')['redirectFrom']).toEqual(['every-component', 'second-name']);
    expect(readManifest(linksFile(contentDir))['/second-name/#what-is-a-fixture']).toBe('redirect');
    expect(readManifest(linksFile(contentDir))['/third-name/#what-is-a-fixture']).toBe('faq');

    renamePiece({ contentDir, from: 'third-name', to: 'every-component' });
    expect(frontmatter('every-component.mdx')['redirectFrom']).toEqual(['second-name', 'third-name']);
    expect(readManifest(linksFile(contentDir))['/every-component/#what-is-a-fixture']).toBe('faq');
  });

  test('a piece in a folder moves with its pictures; a translation is renamed within its edition', () => {
    renamePiece({ contentDir, from: 'pictures-piece', to: 'harbour-pictures' });
    expect(readdirSync(join(pieces(), 'harbour-pictures')).sort()).toEqual([
      'harbour.jpg',
      'hills.jpg',
      'index.mdx',
    ]);
    expect(frontmatter('harbour-pictures/index.mdx')['redirectFrom']).toEqual(['pictures-piece']);

    renamePiece({ contentDir, from: 'ja/every-component', to: 'subete' });
    expect(frontmatter('ja/subete.mdx')['redirectFrom']).toEqual(['every-component']);
    expect(readManifest(linksFile(contentDir))['/ja/every-component/']).toBe('redirect');
    expect(readManifest(linksFile(contentDir))['/ja/subete/']).toBe('page');
  });

  test.each([
    ['timeline-piece', /.*pieces\/timeline-piece\.mdx already has that address/],
    ['search', /\/search\/ is a page of the site itself/],
    ['ja', /\/ja\/ is the 日本語 edition's front page/],
    ['Not A Slug', /"Not A Slug" is not a slug/],
    ['every-component', /it already has that address/],
  ])(
    'a new slug that would shadow something (%s) is refused, naming both, and nothing changes',
    (to, why) => {
      const before = snapshot();
      expect(() => renamePiece({ contentDir, from: 'every-component', to })).toThrow(
        new RegExp(
          `^Cannot rename /every-component/ to /${to.startsWith('Not') ? 'Not A Slug' : to}/: ${why.source}`,
        ),
      );
      expect(snapshot()).toEqual(before);
    },
  );

  test("another piece's earlier address is refused, naming that piece", () => {
    renamePiece({ contentDir, from: 'later-piece', to: 'later-piece-two' });
    const before = snapshot();
    expect(() => renamePiece({ contentDir, from: 'earlier-piece', to: 'later-piece' })).toThrow(
      /^Cannot rename \/earlier-piece\/ to \/later-piece\/: \/later-piece\/ was an address of .*pieces\/later-piece-two\.mdx \(its redirectFrom\), and still leads to it\./,
    );
    expect(snapshot()).toEqual(before);
  });

  test('an unknown piece is named, with the nearest one', () => {
    expect(() => renamePiece({ contentDir, from: 'every-componnt', to: 'x' })).toThrow(
      /^There is no piece "every-componnt" \(looked for .*every-componnt\.mdx and .*every-componnt\/index\.mdx\)\. Did you mean "every-component"\?/,
    );
  });
});

describe('npm run withdraw', () => {
  const now = new Date('2026-12-03T09:30:00Z');

  test('marks the piece withdrawn with the day and the reason, and its links in the manifest as withdrawn', () => {
    const { changed } = withdrawPiece({
      contentDir,
      slug: 'later-piece',
      reason: 'A source withdrew consent.',
      now,
    });
    expect(frontmatter('later-piece.mdx')['withdrawn']).toEqual({
      at: new Date('2026-12-03T00:00:00Z'),
      reason: 'A source withdrew consent.',
    });
    expect(changed).toEqual([join(pieces(), 'later-piece.mdx'), linksFile(contentDir)]);
    const manifest = readManifest(linksFile(contentDir));
    expect(manifest['/later-piece/']).toBe('withdrawn');
    expect(manifest['/later-piece/faq/how-do-i-share-an-answer/']).toBe('withdrawn');
    expect(manifest['/later-piece-two/']).toBe('page');
  });

  test("an original's translations are withdrawn with it; a translation alone leaves the original be", () => {
    withdrawPiece({ contentDir, slug: 'ja/every-component', reason: '翻訳の誤り。', now });
    expect(frontmatter('every-component.mdx')['withdrawn']).toBeUndefined();
    expect(readManifest(linksFile(contentDir))['/every-component/']).toBe('page');

    const { changed } = withdrawPiece({ contentDir, slug: 'every-component', reason: 'Legal advice.', now });
    expect(changed).toEqual([
      join(pieces(), 'every-component.mdx'),
      join(pieces(), 'vi/every-component.mdx'),
      linksFile(contentDir),
    ]);
    expect((frontmatter('vi/every-component.mdx')['withdrawn'] as { reason: string }).reason).toBe(
      'Legal advice.',
    );
    // The Japanese one keeps its own reason, in its own language.
    expect((frontmatter('ja/every-component.mdx')['withdrawn'] as { reason: string }).reason).toBe(
      '翻訳の誤り。',
    );
  });

  test("a renamed piece's earlier addresses are withdrawn with it", () => {
    renamePiece({ contentDir, from: 'every-component', to: 'all-the-components' });
    withdrawPiece({ contentDir, slug: 'all-the-components', reason: 'Legal advice.', now });
    const manifest = readManifest(linksFile(contentDir));
    expect(manifest['/every-component/#what-is-a-fixture']).toBe('withdrawn');
    expect(manifest['/all-the-components/#what-is-a-fixture']).toBe('withdrawn');
  });

  test('no reason, or a piece already withdrawn, is refused and nothing changes', () => {
    const before = snapshot();
    expect(() => withdrawPiece({ contentDir, slug: 'later-piece', reason: '  ', now })).toThrow(
      /^Cannot withdraw \/later-piece\/: say why, for readers/,
    );
    expect(snapshot()).toEqual(before);
    withdrawPiece({ contentDir, slug: 'later-piece', reason: 'Legal advice.', now });
    const withdrawn = snapshot();
    expect(() => withdrawPiece({ contentDir, slug: 'later-piece', reason: 'Again.', now })).toThrow(
      /^\/later-piece\/ was already withdrawn on 2026-12-03/,
    );
    expect(snapshot()).toEqual(withdrawn);
    expect(() => renamePiece({ contentDir, from: 'later-piece', to: 'elsewhere' })).toThrow(
      /it is withdrawn/,
    );
  });
});
