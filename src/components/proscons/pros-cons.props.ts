import { z } from 'astro/zod';
import { defineComponent } from '../props.ts';

export const prosCons = defineComponent({
  name: 'ProsCons',
  summary: 'Holds a `<Pros>` and a `<Cons>`: side by side where there is room.',
  props: z.strictObject({}),
  example: '<ProsCons>…</ProsCons>',
});

export const pros = defineComponent({
  name: 'Pros',
  summary: 'A Markdown list of benefits, inside `<ProsCons>`.',
  props: z.strictObject({}),
  example: '<Pros>\\n- **Growth:** more trade.\\n</Pros>',
});

export const cons = defineComponent({
  name: 'Cons',
  summary: 'A Markdown list of drawbacks, inside `<ProsCons>`.',
  props: z.strictObject({}),
  example: '<Cons>\\n- **Risk:** a backlash.\\n</Cons>',
});
