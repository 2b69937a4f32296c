import { expect, test } from 'vitest';
import { editionByCode } from '../../../../src/features/editions/editions.ts';
import KeyTakeaways from '../../../../src/features/takeaways/components/KeyTakeaways.astro';
import { takeawayLength, takeawaysSummary } from '../../../../src/features/takeaways/takeaways.ts';
import { pieceSchema } from '../../../../src/lib/piece-schema.ts';
import { schemaProblems, VALID_FRONTMATTER as valid } from '../../../support/piece-frontmatter.ts';
import { renderComponent, renderPiece } from '../../../support/render.ts';

const three = [{ text: 'One.' }, { text: 'Two.', section: 'why' }, { text: 'Three.' }];

const problems = (frontmatter: Record<string, unknown>) => schemaProblems({ ...valid, ...frontmatter });

test('3 to 5 takeaways pass, each a text with an optional section', () => {
  expect(problems({ takeaways: three })).toEqual([]);
  expect(pieceSchema().parse({ ...valid, takeaways: three }).takeaways).toEqual(three);
  expect(pieceSchema().parse(valid).takeaways).toBeUndefined();
});

test('too many or too few takeaways, or an empty one, are refused naming the field', () => {
  const six = Array.from({ length: 6 }, (_, index) => ({ text: `Takeaway ${index}.` }));
  expect(problems({ takeaways: six })).toEqual([
    'takeaways: List 3 to 5 takeaways: keep the ones that matter most and leave the rest to the text.',
  ]);
  expect(problems({ takeaways: three.slice(0, 2) })).toEqual([
    'takeaways: List 3 to 5 takeaways, or remove takeaways:.',
  ]);
  expect(problems({ takeaways: [...three.slice(0, 2), { text: ' ' }] })).toEqual([
    expect.stringMatching(/^takeaways\.2\.text: This takeaway is empty/),
  ]);
  expect(problems({ takeaways: [...three.slice(0, 2), { text: 'x', link: 'why' }] })).toEqual([
    expect.stringContaining('takeaways.2'),
  ]);
  expect(problems({ takeaways: [...three.slice(0, 2), { text: 'x', section: '#why' }] })).toEqual([
    'takeaways.2.section: Write the section’s id without “#” or spaces, like section: the-hanoi-summit',
  ]);
});

const piece = (takeaways: string) =>
  ['---', 'title: T', 'takeaways:', takeaways, '---', '', '## Why it matters', '', 'Text.', ''].join('\n');

test('a takeaway linking to a section the piece does not have stops the build, naming it and the sections', async () => {
  await expect(
    renderPiece(
      piece(
        ['  - text: One.', '    section: why-it-matter', '  - text: Two.', '  - text: Three.'].join('\n'),
      ),
    ),
  ).rejects.toThrow(
    /:5:14 takeaways\.0\.section: takeaway 1 links to the section "why-it-matter", which this piece does not have\. Did you mean "why-it-matters"\? Sections: why-it-matters\./,
  );
  await expect(
    renderPiece(
      piece(
        ['  - text: One.', '    section: why-it-matters', '  - text: Two.', '  - text: Three.'].join('\n'),
      ),
    ),
  ).resolves.toBeDefined();
});

test('a takeaway over 35 words stops the build, naming it and the limit', async () => {
  const long = Array.from({ length: 36 }, () => 'word').join(' ');
  await expect(
    renderPiece(piece([`  - text: ${long}`, '  - text: Two.', '  - text: Three.'].join('\n'))),
  ).rejects.toThrow(
    /takeaways\.0\.text: takeaway 1 is 36 words long; a takeaway is at most 35 words in English/,
  );
  const justRight = Array.from({ length: 35 }, () => 'word').join(' ');
  await expect(
    renderPiece(piece([`  - text: ${justRight}`, '  - text: Two.', '  - text: Three.'].join('\n'))),
  ).resolves.toBeDefined();
});

test('length is counted in the language: Japanese characters (76 at most), Vietnamese syllables (49)', () => {
  const ja = editionByCode('ja')!;
  const vi = editionByCode('vi')!;
  expect(takeawayLength('日本とベトナムは2プラス2で合意した。', ja)).toEqual({
    length: 18,
    max: 76,
    unit: 'characters',
  });
  expect(takeawayLength('あ'.repeat(77), ja).length).toBeGreaterThan(76);
  expect(takeawayLength('Hai nước cùng lo ngại.', vi)).toEqual({ length: 5, max: 49, unit: 'syllables' });
});

test('the takeaways render as a list under their heading, each section linked by its title', async () => {
  const html = await renderComponent(KeyTakeaways, {
    takeaways: [{ text: 'One.', section: 'why-it-matters' }, { text: 'Two.' }],
    headings: [{ slug: 'why-it-matters', text: 'Why it matters' }],
  });
  expect(html).toMatch(/<section class="takeaways"[^>]* aria-labelledby="takeaways-title"/);
  expect(html).toMatch(/<h2 id="takeaways-title"[^>]*>\s*Key takeaways\s*<\/h2>/);
  expect(html).toMatch(/<li[^>]*>One\. <a href="#why-it-matters"[^>]*>More in “Why it matters”<\/a><\/li>/);
  expect(html).toMatch(/<li[^>]*>Two\.<\/li>/);
  expect(await renderComponent(KeyTakeaways, { takeaways: [], headings: [] })).not.toContain('takeaways');
});

test('as one text, the takeaways run on with a space, or none in Japanese', () => {
  const takeaways = [{ text: 'One.' }, { text: 'Two.' }];
  expect(takeawaysSummary(takeaways, editionByCode('en')!)).toBe('One. Two.');
  expect(takeawaysSummary([{ text: '一。' }, { text: '二。' }], editionByCode('ja')!)).toBe('一。二。');
});
