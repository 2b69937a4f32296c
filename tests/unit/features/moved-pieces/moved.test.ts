import { describe, expect, test } from 'vitest';
import { movedAnswer, movedPieces } from '../../../../src/features/moved-pieces/moved.ts';
import { feedId } from '../../../../src/features/feeds/feed-id.ts';
import { absoluteUrl } from '../../../../src/site.config.ts';

const piece = (
  id: string,
  data: { redirectFrom?: string[]; withdrawn?: { at: Date; reason: string } } = {},
) => ({
  id,
  filePath: `content/pieces/${id}.mdx`,
  data,
});
const withdrawn = { at: new Date('2026-12-03'), reason: 'Legal advice.' };

describe('the registry of renamed and withdrawn pieces', () => {
  test("every earlier address leads straight to the piece's newest; a withdrawn piece's addresses are gone", () => {
    const pieces = [
      piece('third', { redirectFrom: ['first', 'second'] }),
      piece('ja/sanban', { redirectFrom: ['ichiban'] }),
      piece('pulled', { redirectFrom: ['pulled-before'], withdrawn }),
      piece('draft', { redirectFrom: ['draft-before'] }),
    ];
    expect(movedPieces(pieces, new Set(['third', 'ja/sanban']))).toEqual({
      redirects: { first: 'third', 'ja/ichiban': 'ja/sanban', second: 'third' },
      withdrawn: { pulled: 'pulled', 'pulled-before': 'pulled' },
    });
  });

  test.each([
    [
      [piece('a', { redirectFrom: ['b'] }), piece('b')],
      'content/pieces/a.mdx redirectFrom: the earlier address /b/ is the address of content/pieces/b.mdx',
    ],
    [
      [piece('a', { redirectFrom: ['old'] }), piece('c', { redirectFrom: ['old'] })],
      'content/pieces/c.mdx redirectFrom: the earlier address /old/ is also an earlier address of content/pieces/a.mdx',
    ],
    [
      [piece('a', { redirectFrom: ['tags'] })],
      'content/pieces/a.mdx redirectFrom: /tags/ belongs to a page of the site itself',
    ],
  ])('an earlier address that shadows a piece or a page stops the build, naming both', (pieces, message) => {
    expect(() => movedPieces(pieces, new Set(pieces.map((p) => p.id)))).toThrow(message);
  });
});

describe('what the server answers', () => {
  const moved = { redirects: { old: 'new', 'ja/furui': 'ja/atarashii' }, withdrawn: { pulled: 'pulled' } };

  test.each([
    ['/old/', '/new/'],
    ['/old/faq/why/', '/new/faq/why/'],
    ['/old/faq/why/card.png', '/new/faq/why/card.png'],
    ['/old/card.png', '/new/card.png'],
    ['/old/card-16x9.png', '/new/card-16x9.png'],
    ['/ja/furui/', '/ja/atarashii/'],
  ])('%s → 301 to %s', (path, location) => {
    expect(movedAnswer(moved, path)).toEqual({ status: 301, location });
  });

  test("a withdrawn piece's addresses answer 410 with their page, or else the piece's", () => {
    expect(movedAnswer(moved, '/pulled/')).toEqual({ status: 410, piece: 'pulled', pages: ['/pulled/'] });
    expect(movedAnswer(moved, '/pulled/faq/why/')).toEqual({
      status: 410,
      piece: 'pulled',
      pages: ['/pulled/faq/why/', '/pulled/'],
    });
    expect(movedAnswer(moved, '/pulled/card.png')).toEqual({
      status: 410,
      piece: 'pulled',
      pages: ['/pulled/'],
    });
  });

  test('every other address is left alone', () => {
    for (const path of ['/', '/new/', '/older/', '/tags/old/', '/search/', '/ja/old/', '/oldish/faq/x/']) {
      expect(movedAnswer(moved, path)).toBeUndefined();
    }
  });
});

test("the feed's guid is the piece's first address, through every rename", () => {
  expect(feedId(piece('summit'))).toBe(absoluteUrl('/summit/'));
  expect(feedId(piece('third', { redirectFrom: ['first', 'second'] }))).toBe(absoluteUrl('/first/'));
  expect(feedId(piece('ja/sanban', { redirectFrom: ['ichiban'] }))).toBe(absoluteUrl('/ja/ichiban/'));
});
