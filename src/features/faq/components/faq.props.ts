import { z } from 'astro/zod';
import { defineComponent, textProp } from '../../../components/props.ts';

/** An anchor id: what github-slugger produces, or what an editor would type by hand. */
const ANCHOR_ID = /^[\p{L}\p{N}_-]+$/u;
const anchorId = (must: string) => z.string({ error: must }).regex(ANCHOR_ID, { error: must });

export const faq = defineComponent({
  name: 'FAQ',
  summary: 'Holds `<Question>`s; every answer stays open and has its own link.',
  props: z.strictObject({}),
  example: '<FAQ>…</FAQ>',
  children: '<Question q="The question?">\n  The answer, in Markdown.\n</Question>',
});

export const question = defineComponent({
  name: 'Question',
  summary: 'One question and its answer (Markdown inside), inside `<FAQ>`.',
  props: z.strictObject({
    q: textProp('the question as non-empty text. Write it like <Question q="What is the CPTPP?">.').describe(
      'the question',
    ),
    id: anchorId(
      'an id of letters, digits, "-" and "_" only, since it becomes the answer’s link. Write it like id="two-plus-two-dialogue".',
    )
      .optional()
      .describe('the answer’s link; made from the question when left out'),
    aliases: z
      .array(
        anchorId(
          'a list of old ids, each of letters, digits, "-" and "_" only. Write it like aliases={["two-plus-two"]}.',
        ),
        { error: 'a list of old ids. Write it like aliases={["two-plus-two"]}.' },
      )
      .default([])
      .describe('old ids that must keep working'),
  }),
  readableProps: ['q'],
  example: '<Question q="What is the CPTPP?">The answer.</Question>',
  children: 'The answer, in Markdown.',
});
