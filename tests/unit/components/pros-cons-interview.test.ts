import { expect, test } from 'vitest';
import Cons from '../../../src/components/proscons/Cons.astro';
import Pros from '../../../src/components/proscons/Pros.astro';
import Interview from '../../../src/components/interview/Interview.astro';
import Turn from '../../../src/components/interview/Turn.astro';
import { renderComponent } from './render.ts';

test('pros and cons each have a heading in words, with the sign hidden from screen readers', async () => {
  const pros = await renderComponent(Pros, {}, '<ul><li>Growth</li></ul>');
  const cons = await renderComponent(Cons, {}, '<ul><li>Risk</li></ul>');
  expect(pros).toMatch(/<h3[^>]*><span aria-hidden="true"[^>]*>\+<\/span> Pros<\/h3>/);
  expect(cons).toMatch(/<h3[^>]*><span aria-hidden="true"[^>]*>−<\/span> Cons<\/h3>/);
  expect(pros).toContain('<li>Growth</li>');
});

test('each interview turn names its speaker', async () => {
  const html = await renderComponent(Turn, { speaker: 'Dr. Sharma' }, '<p>It’s multifaceted.</p>');
  expect(html).toMatch(/<strong[^>]*>Dr. Sharma:<\/strong>/);
  await expect(renderComponent(Turn, { speaker: '' }, 'x')).rejects.toThrow('<Turn>: the prop "speaker"');
});

test('an interview says it is an excerpt and who conducted it', async () => {
  const html = await renderComponent(Interview, { source: 'Time.news' }, '<p>Q and A</p>');
  expect(html).toMatch(/<figcaption[^>]*>\s*Interview by Time.news \(excerpt\)/);
});
