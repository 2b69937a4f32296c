import { expect, test } from 'vitest';
import { pageWords, textDirective } from '../../../../src/features/quote-links/text-fragment.ts';

/** The directive for `passage` (its blocks apart by line breaks), the `nth` time it occurs (0 = first). */
function directiveFor(blocks: string[], passage: string, nth = 0) {
  const { text, words } = pageWords(blocks, 'en');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(passage, at + 1);
  const from = words.findIndex((word) => word.start >= at);
  const to = words.findLastIndex((word) => word.end <= at + passage.length) + 1;
  return textDirective(text, words, from, to);
}

test('a short passage is quoted whole, percent-encoded, with the directive syntax’s own - & , escaped', () => {
  expect(
    directiveFor(['Trade, security & the Japan-Vietnam ties.'], 'security & the Japan-Vietnam ties'),
  ).toBe('text=security%20%26%20the%20Japan%2DVietnam%20ties');
  expect(directiveFor(['One, two.'], 'One, two')).toBe('text=One%2C%20two');
});

test('a passage whose words came earlier is told apart by the words before it', () => {
  const blocks = [
    'The summit',
    'First the same words here.',
    'A second section',
    'Then the same words here.',
  ];
  expect(directiveFor(blocks, 'the same words here')).toBe('text=the%20same%20words%20here');
  expect(directiveFor(blocks, 'the same words here', 1)).toBe('text=Then-,the%20same%20words%20here');
  // Across blocks: the heading before a paragraph is its prefix.
  expect(directiveFor(['The same.', 'Heading', 'The same.'], 'The same', 1)).toBe('text=Heading-,The%20same');
});

test('comparing ignores case, as the browser does', () => {
  expect(directiveFor(['THE SAME WORDS.', 'Then the same words.'], 'the same words')).toBe(
    'text=Then-,the%20same%20words',
  );
});

test('a long passage is quoted by its first and last words, as few as lead to it alone', () => {
  const long = 'Lanterns hang along the harbour wall, and every evening the keeper lights them one by one.';
  expect(directiveFor([long], long)).toBe('text=Lanterns%20hang%20along,one%20by%20one');
  // An end that also occurs earlier in the passage grows until only the passage's last words match.
  const repeated = 'one by one the lanterns go up, one by one the boats come in, one by one.';
  expect(directiveFor([repeated], repeated)).toBe('text=one%20by%20one,in%2C%20one%20by%20one');
});

test('a passage across blocks (paragraphs, or a glossary button) starts in the first and ends in the last', () => {
  expect(
    directiveFor(
      ['Vietnam is a member of the ', 'CPTPP', ', a trade agreement.'],
      'member of the \nCPTPP\n, a trade',
    ),
  ).toBe('text=member%20of%20the,a%20trade');
  expect(directiveFor(['A first paragraph.', 'A second one.'], 'first paragraph.\nA second')).toBe(
    'text=first%20paragraph,A%20second',
  );
});

test('Japanese words are found by the browser’s own word breaks, not by spaces', () => {
  const directive = directiveFor(['日本とベトナムは協議の創設で合意した。'], '協議の創設');
  expect(decodeURIComponent(directive)).toBe('text=協議の創設');
});
