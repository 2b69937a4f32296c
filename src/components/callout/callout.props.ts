import { z } from 'astro/zod';
import { defineComponent, textProp } from '../props.ts';
import { calloutTypeNames, calloutTypes } from './callout-types.ts';

const quoted = calloutTypeNames.map((name) => `"${name}"`).join(', ');
const shorthands = calloutTypeNames.map((name) => `<${calloutTypes[name].component}>`).join(', ');

export const callout = defineComponent({
  name: 'Callout',
  summary: 'A boxed aside with a title; Markdown inside. Usually written by its type’s own name (row above).',
  props: z.strictObject({
    type: z
      .enum(calloutTypeNames, {
        error: `one of ${quoted}. Or write the callout by its own name: ${shorthands}.`,
      })
      .describe(`which callout: ${quoted}`),
    title: textProp(
      'a title as non-empty text, or no title prop for the standard one. Write it like title="By the numbers".',
    )
      .optional()
      .describe('replaces the standard title'),
  }),
  readableProps: ['title'],
  example: '<Callout type="quick-fact" title="By the numbers">…</Callout>',
  children: 'The text, in Markdown.',
});
