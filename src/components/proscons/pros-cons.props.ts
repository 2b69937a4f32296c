import { z } from 'astro/zod';
import type { IconName } from '../icons/icons.ts';
import { defineComponent } from '../props.ts';

/**
 * `<Pros>` or `<Cons>`: one component, ProsConsList.astro, draws both; the build tells it which
 * list it is (`impliedProps`).
 */
function list(kind: 'pros' | 'cons', name: string, what: string, item: string, example: string) {
  return defineComponent({
    name,
    summary: `A Markdown list of ${what}, inside \`<ProsCons>\`.`,
    props: z.strictObject({}),
    impliedProps: { kind },
    example: `<${name}>\\n- ${example}\\n</${name}>`,
    children: `- **${item}:** why it matters.`,
  });
}

export const pros = list('pros', 'Pros', 'benefits', 'A benefit', '**Growth:** more trade.');
export const cons = list('cons', 'Cons', 'drawbacks', 'A drawback', '**Risk:** a backlash.');

export const prosCons = defineComponent({
  name: 'ProsCons',
  summary: 'Holds a `<Pros>` and a `<Cons>`: side by side where there is room.',
  props: z.strictObject({}),
  example: '<ProsCons>…</ProsCons>',
  children: [pros, cons].map(({ name, children }) => `<${name}>\n${children}\n</${name}>`).join('\n'),
});

/** Each list by the kind the build adds to its tag: its definition, and its sign beside its name. */
export const prosConsLists = {
  pros: { definition: pros, icon: 'plus' },
  cons: { definition: cons, icon: 'minus' },
} as const satisfies Record<string, { definition: typeof pros; icon: IconName }>;
