import { expect, test } from 'vitest';
import ProsConsList from '../../../src/components/proscons/ProsConsList.astro';
import Interview from '../../../src/components/interview/Interview.astro';
import Turn from '../../../src/components/interview/Turn.astro';
import { renderComponent, renderPiece } from '../../support/render.ts';

test('pros and cons each have a heading in words, with the sign hidden from screen readers', async () => {
  const { html } = await renderPiece(
    '<ProsCons>\n<Pros>\n- Growth\n</Pros>\n<Cons>\n- Risk\n</Cons>\n</ProsCons>',
  );
  const [pros, cons] = html.split('data-kind="cons"');
  expect(pros).toMatch(
    /data-kind="pros"[\s\S]*<h3[^>]*><svg class="icon"[^>]*aria-hidden="true"[\s\S]*<\/svg>\s*Pros\s*<\/h3>/,
  );
  expect(cons).toMatch(/<h3[^>]*><svg class="icon"[^>]*aria-hidden="true"[\s\S]*<\/svg>\s*Cons\s*<\/h3>/);
  expect(pros).toContain('<li>Growth</li>');
  expect(cons).toContain('<li>Risk</li>');
});

test('the one list component refuses to guess which list it is outside a piece', async () => {
  await expect(renderComponent(ProsConsList, {}, '<ul><li>Growth</li></ul>')).rejects.toThrow(
    '<Pros> and <Cons> are told which list they are (kind "pros" or "cons")',
  );
  await expect(renderComponent(ProsConsList, { kind: 'pros', tone: 'warm' }, 'x')).rejects.toThrow(
    '<Pros> has no prop "tone". It takes no props.',
  );
});

test('each interview turn names its speaker', async () => {
  const html = await renderComponent(Turn, { speaker: 'Dr. Sharma' }, '<p>It’s multifaceted.</p>');
  expect(html).toMatch(/<strong[^>]*>Dr. Sharma:<\/strong>/);
  await expect(renderComponent(Turn, { speaker: '' }, 'x')).rejects.toThrow(
    '<Turn>: the prop "speaker" received an empty text, but it must be the name of who is speaking.',
  );
});

test('an interview says it is an excerpt and who conducted it, unless it is complete', async () => {
  const html = await renderComponent(Interview, { source: 'Time.news' }, '<p>Q and A</p>');
  expect(html).toMatch(/<figcaption[^>]*>\s*Interview by Time.news \(excerpt\)/);
  const whole = await renderComponent(Interview, { source: 'Time.news', excerpt: false }, '<p>Q and A</p>');
  expect(whole).toMatch(/<figcaption[^>]*>\s*Interview by Time.news\.\s*</);
});

test('an interview with no source is refused rather than printed as "Interview by ."', async () => {
  await expect(renderComponent(Interview, { source: ' ' }, 'x')).rejects.toThrow(
    '<Interview>: the prop "source" received an empty text, but it must be who conducted the interview',
  );
});
