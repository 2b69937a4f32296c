import { z } from 'astro/zod';
import { defineComponent, textProp } from '../../../components/props.ts';
import { pollOptions } from '../model.ts';

/** Shape of a poll id: it keys stored votes, so it stays URL- and database-safe. */
const POLL_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const idMust = 'lowercase words joined by hyphens. Write it like id="japan-vietnam-drivers".';
const optionsMust =
  'a list of at least two non-empty answers. Write it like options={["Economic factors", "Security concerns"]}.';

export const readerPoll = defineComponent({
  name: 'ReaderPoll',
  summary: 'A question readers answer; the server counts the votes.',
  props: z.strictObject({
    id: z
      .string({ error: idMust })
      .regex(POLL_ID, { error: idMust })
      .describe('votes are stored under it: never change it'),
    question: textProp(
      'the question to ask, as non-empty text. Write it like question="Which matters more?".',
    ).describe('the question'),
    options: z
      .array(textProp(optionsMust), { error: optionsMust })
      .min(2, { error: optionsMust })
      // Votes are stored by the slugged answer, so "Both" and "Both!" would count as one.
      .refine((options) => new Set(pollOptions(options).map((o) => o.value)).size === options.length, {
        error:
          'a list of different answers (differing in more than punctuation or case). Remove the repeated answer or reword it.',
      })
      .describe('two or more answers'),
  }),
  readableProps: ['question', 'options'],
  example: '<ReaderPoll id="drivers" question="Why?" options={["Trade", "Security"]} />',
});
