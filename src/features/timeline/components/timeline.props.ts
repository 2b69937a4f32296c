import { z } from 'astro/zod';
import { defineComponent, textProp } from '../../../components/props.ts';
import { parseTimelineDate } from '../timeline-date.ts';

const DATE_MUST =
  'a real date written as a year, a month or a day: date="1992", date="2023-11" or date="2023-11-27".';

export const timeline = defineComponent({
  name: 'Timeline',
  summary:
    'Dated events as an ordered list, earliest first: holds `<Event>`s only. An event out of order stops the build, naming it.',
  props: z.strictObject({}),
  example: '<Timeline>…</Timeline>',
  children:
    '<Event date="2023-11-27" title="What happened" source="Who reported it, and when">\n  What happened, in a sentence or two.\n</Event>',
});

export const event = defineComponent({
  name: 'Event',
  summary:
    'One dated event in a `<Timeline>`: when (a year, a month or a day), a short title, what happened (Markdown inside) and where it is reported.',
  props: z
    .strictObject({
      date: z
        .string({ error: DATE_MUST })
        .refine((text) => parseTimelineDate(text) !== undefined, { error: DATE_MUST })
        .describe('when: YYYY, YYYY-MM or YYYY-MM-DD'),
      title: textProp('a few words naming the event. Write it like title="The Hanoi summit".').describe(
        'a few words naming the event',
      ),
      source: textProp(
        'who reported it, as text. Write it like source="Viet Nam News, 4 December 2025"; separate several with ";".',
      )
        .optional()
        .describe('who reported it; several separated by ";"'),
      sourceUrl: z
        .url({
          protocol: /^https?$/,
          error: 'the address of the source, starting https://. Write it like sourceUrl="https://…".',
        })
        .optional()
        .describe('a link to the source'),
    })
    .refine((props) => props.sourceUrl === undefined || props.source !== undefined, {
      path: ['source'],
      error: 'given with sourceUrl: name the source the link leads to, like source="Viet Nam News".',
    }),
  readableProps: ['title', 'source'],
  example: '<Event date="2023-11" title="A new tier" source="Jiji Press">What happened.</Event>',
  children: 'What happened, in a sentence or two.',
});
