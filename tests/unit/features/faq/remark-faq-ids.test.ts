import { expect, test } from 'vitest';
import { renderPiece } from '../../../support/render.ts';

const faqOf = async (mdx: string) => (await renderPiece(mdx)).data.faq;

test('a question without an id gets its slug; an explicit id and aliases are kept', async () => {
  const faq = await faqOf(
    [
      '<FAQ>',
      '<Question q="What is the “Two plus Two” dialogue?" aliases={["two-plus-two"]}>Answer.</Question>',
      '<Question q="Why now?" id="why-now-2025">Answer.</Question>',
      '</FAQ>',
    ].join('\n'),
  );
  expect(faq).toMatchObject([
    {
      id: 'what-is-the-two-plus-two-dialogue',
      question: 'What is the “Two plus Two” dialogue?',
      aliases: ['two-plus-two'],
    },
    { id: 'why-now-2025', question: 'Why now?', aliases: [] },
  ]);
});

test('each entry carries its answer as HTML and as plain text', async () => {
  const [entry] = await faqOf(
    '<Question q="What is it?">\n  A **trade** pact.\n\n  See [the text](https://example.com/).\n</Question>',
  );
  expect(entry!.answerHtml).toBe(
    '<p>A <strong>trade</strong> pact.</p>\n<p>See <a href="https://example.com/">the text</a>.</p>',
  );
  expect(entry!.answerText).toBe('A trade pact. See the text.');
});

test('the computed id is the id the answer renders with', async () => {
  const { html } = await renderPiece('<FAQ>\n<Question q="Why now?">Answer.</Question>\n</FAQ>');
  expect(html).toMatch(/<h3 id="why-now" tabindex="-1" data-anchor="faq"/);
});

test('two questions with the same id fail, naming both and the fix', async () => {
  await expect(
    faqOf('<Question q="Why now?">A.</Question>\n\n<Question q="When?" id="why-now">B.</Question>'),
  ).rejects.toThrow(
    /\.mdx:3:1: the anchor id "why-now" is used twice: by the question "Why now\?" \(.+\.mdx:1:1\) and by the question "When\?"\. Each FAQ answer needs its own id so shared links land on the right one: give one of them a different id="…" prop\./,
  );
});

test('a question clashing with a heading or an alias fails too', async () => {
  await expect(faqOf('## Why now?\n\n<Question q="Why now?">A.</Question>')).rejects.toThrow(
    'used twice: by the heading "Why now?"',
  );
  await expect(
    faqOf('<Question q="A?" aliases={["b"]}>A.</Question>\n\n<Question q="B">B.</Question>'),
  ).rejects.toThrow('used twice: by an alias of the question "A?"');
});

test('an alias with spaces is refused with an example of a good one', async () => {
  await expect(faqOf('<Question q="A?" aliases={["old id"]}>A.</Question>')).rejects.toThrow(
    '<Question>: the prop "aliases" received ["old id"], but it must be a list of old ids, each of letters, digits, "-" and "_" only. Write it like aliases={["two-plus-two"]}.',
  );
});
