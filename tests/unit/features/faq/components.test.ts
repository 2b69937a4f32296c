import { expect, test } from 'vitest';
import Question from '../../../../src/features/faq/components/Question.astro';
import { sharePath } from '../../../../src/lib/routes.ts';
import { absoluteUrl } from '../../../../src/site.config.ts';
import { renderComponent } from '../../../support/render.ts';

test('a question is a focusable heading with its slug as id, followed by the answer', async () => {
  const html = await renderComponent(Question, { q: 'What is the CPTPP?' }, '<p>A trade pact.</p>');
  expect(html).toMatch(/<h3 id="what-is-the-cptpp" tabindex="-1"[^>]*>What is the CPTPP\?<\/h3>/);
  expect(html).toContain('<p>A trade pact.</p>');
  expect(html).toMatch(/href="#what-is-the-cptpp"/);
});

test('each alias is a focusable group named by the question that wraps the answer', async () => {
  const html = await renderComponent(
    Question,
    { q: 'What is the CPTPP?', id: 'cptpp-now', aliases: ['cptpp', 'trade-pact'] },
    '<p>A trade pact.</p>',
  );
  expect(html).toMatch(
    /<div class="alias" id="cptpp" tabindex="-1" role="group" aria-labelledby="cptpp-now" data-anchor="faq"[^>]*>\s*<div class="alias" id="trade-pact"/,
  );
  expect(html).toMatch(/<h3 id="cptpp-now"/);
});

test('an empty question fails with the same words the build-time check uses', async () => {
  await expect(renderComponent(Question, { q: '' }, 'x')).rejects.toThrow(
    '<Question>: the prop "q" received an empty text, but it must be the question as non-empty text. Write it like <Question q="What is the CPTPP?">.',
  );
});

test('on a piece, the answer’s copy link hands out its share page; elsewhere, none', async () => {
  const onPiece = await renderComponent(Question, { q: 'Why now?' }, 'x', { piece: 'summit' });
  expect(onPiece).toContain(`data-copy-url="${absoluteUrl(sharePath('summit', 'why-now'))}"`);
  const elsewhere = await renderComponent(Question, { q: 'Why now?' }, 'x');
  expect(elsewhere).not.toContain('data-copy-url');
  expect(elsewhere).toContain('data-copy-link');
});
