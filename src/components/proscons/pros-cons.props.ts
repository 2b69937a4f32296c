import { z } from 'astro/zod';
import { defineComponent } from '../props.ts';

export const prosCons = defineComponent({
  name: 'ProsCons',
  summary: 'Holds a `<Pros>` and a `<Cons>`: side by side where there is room.',
  props: z.strictObject({}),
  example: '<ProsCons>…</ProsCons>',
  children:
    '<Pros>\n- **A benefit:** why it matters.\n</Pros>\n<Cons>\n- **A drawback:** why it matters.\n</Cons>',
});

export const pros = defineComponent({
  name: 'Pros',
  summary: 'A Markdown list of benefits, inside `<ProsCons>`.',
  props: z.strictObject({}),
  example: '<Pros>\\n- **Growth:** more trade.\\n</Pros>',
  children: '- **A benefit:** why it matters.',
});

export const cons = defineComponent({
  name: 'Cons',
  summary: 'A Markdown list of drawbacks, inside `<ProsCons>`.',
  props: z.strictObject({}),
  example: '<Cons>\\n- **Risk:** a backlash.\\n</Cons>',
  children: '- **A drawback:** why it matters.',
});
