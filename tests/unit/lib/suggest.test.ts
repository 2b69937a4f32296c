import { expect, test } from 'vitest';
import { closest } from '../../../src/lib/suggest.ts';

test('a typo is matched to the name it was meant to be; an unrelated word is not', () => {
  const names = ['ExpertTip', 'DidYouKnow', 'QuickFact', 'ReaderPoll'];
  expect(closest('ExpertTips', names)).toBe('ExpertTip');
  expect(closest('quickfact', names)).toBe('QuickFact');
  expect(closest('Carousel', names)).toBeNull();
});
