import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { authors, bylineAuthors, unknownAuthor } from '../../../../src/features/authors/authors.ts';
import { authorsFile } from '../../../../src/lib/content-paths.ts';
import { pieceSchema } from '../../../../src/lib/piece-schema.ts';
import { NEWSROOM } from '../../../support/newsroom.ts';

/** A content folder holding only this authors.yaml. */
function folder(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'authors-'));
  writeFileSync(authorsFile(dir), yaml);
  return dir;
}

test('the newsroom’s authors: names and bios per edition or one for all, desks, links', () => {
  const known = authors(NEWSROOM.contentDir)!;
  expect([...known.keys()]).toEqual(['test-desk', 'second-author', 'picture-desk']);
  expect(known.get('test-desk')).toMatchObject({ desk: true, name: { en: 'Test Desk' }, links: [] });
  expect(known.get('second-author')).toMatchObject({
    desk: false,
    bio: { en: 'A person the fixture newsroom made up, with a link.' },
    links: [{ name: 'Example profile', url: 'https://example.com/second-author' }],
  });
});

test('a byline names authors by id; a folder that keeps no authors.yaml keeps names as written', () => {
  expect(
    bylineAuthors(['second-author'], NEWSROOM.contentDir).map(
      (author) => typeof author !== 'string' && author.id,
    ),
  ).toEqual(['second-author']);
  expect(bylineAuthors(['Jane Doe'], mkdtempSync(join(tmpdir(), 'no-authors-')))).toEqual(['Jane Doe']);
  expect(() => bylineAuthors(['nobody'], NEWSROOM.contentDir)).toThrow(
    /"nobody" is not an author of .*authors\.yaml/,
  );
});

test('an unknown author in a byline is refused naming the field, the closest id and every known one', () => {
  // The unit tests' content folder is the fixture newsroom (vitest.config.ts sets CONTENT_DIR).
  const result = pieceSchema().safeParse({
    title: 'T',
    description: 'D',
    published: '2025-01-01',
    byline: ['test-desk', 'second-autor'],
    dateline: 'Lisbon',
  });
  expect(
    result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  ).toEqual([
    `byline.1: "second-autor" is not an author of ${authorsFile()}. Did you mean "second-author"? ` +
      `Authors: test-desk, second-author, picture-desk. Name authors by their id, or add the author to ${authorsFile()} first.`,
  ]);
  expect(unknownAuthor('x', new Map())).toContain('Authors: none yet.');
});

test('a mistake in authors.yaml stops the build, naming the file, the author and the field', () => {
  expect(() => authors(folder('Jane Doe:\n  name: Jane Doe\n  bio: A reporter.\n'))).toThrow(
    /"Jane Doe" is not an author id: use lower-case letters, digits and hyphens/,
  );
  expect(() => authors(folder('jane-doe:\n  name: Jane Doe\n'))).toThrow(
    /authors\.yaml: the author "jane-doe" is not written right: jane-doe\.bio: /,
  );
  expect(() => authors(folder('jane-doe:\n  name: { ja: ジェーン }\n  bio: A reporter.\n'))).toThrow(
    /jane-doe\.name: give the name in "en"/,
  );
  expect(() =>
    authors(
      folder('jane-doe:\n  name: Jane Doe\n  bio: A reporter.\n  links: [{ name: Site, url: not-a-url }]\n'),
    ),
  ).toThrow(/jane-doe\.links\.0\.url/);
});
