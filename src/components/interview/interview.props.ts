import { z } from 'astro/zod';
import { defineComponent, textProp } from '../props.ts';

export const interview = defineComponent({
  name: 'Interview',
  summary: 'An interview transcript: holds `<Turn>`s.',
  props: z.strictObject({
    source: textProp(
      'who conducted the interview, as the source credits it. Write it like <Interview source="Time.news">.',
    ).describe('who conducted it'),
    excerpt: z
      .boolean({ error: 'true or false. Write excerpt={false} when the transcript is complete.' })
      .default(true)
      .describe('says the transcript is an excerpt; true unless set to false'),
    translation: z
      .boolean({
        error:
          'true or false. Write the prop alone, <Interview source="…" translation>, in a translated piece.',
      })
      .default(false)
      .describe('says the transcript is translated from the original piece’s language'),
  }),
  readableProps: ['source'],
  example: '<Interview source="Time.news">…</Interview>',
  children: '<Turn speaker="Interviewer">The question?</Turn>\n<Turn speaker="Guest">The answer.</Turn>',
});

export const turn = defineComponent({
  name: 'Turn',
  summary: 'What one speaker says in an `<Interview>`; Markdown inside.',
  props: z.strictObject({
    speaker: textProp('the name of who is speaking. Write it like <Turn speaker="Dr. Sharma">.').describe(
      'who is speaking',
    ),
  }),
  readableProps: ['speaker'],
  example: '<Turn speaker="Dr. Sharma">It’s multifaceted.</Turn>',
  children: 'What they said.',
});
