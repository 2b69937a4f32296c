import { z } from 'astro/zod';
import { closest } from '../lib/suggest.ts';

/**
 * What an MDX component is to the site, defined once: the build-time check (with file and line),
 * the component's `Props` type and its own check at render, the words reading time counts and the
 * README's component table all come from its definition. Definitions live beside their
 * components (`*.props.ts`); src/components/registry.ts lists them.
 */
export interface ComponentDefinition<Props extends z.ZodObject = z.ZodObject> {
  /** The tag editors write, like `Question`. */
  readonly name: string;
  /** What it is and what goes inside it, for the README's component table. */
  readonly summary: string;
  /**
   * Its props, as a strict object: each prop's error message finishes the sentence "it must be …"
   * and says how to write it; `.describe()` says what the prop is for.
   */
  readonly props: Props;
  /**
   * Props the tag itself stands for, added by the build once what the editor wrote is checked: two
   * tags drawn by one component say which they are (`<Pros>` is `{ kind: 'pros' }`).
   */
  readonly impliedProps?: Readonly<Record<string, string>>;
  /** Props whose text readers read on the page (a question, a poll's answers): reading time counts them. */
  readonly readableProps?: readonly (keyof z.input<Props> & string)[];
  /** One short example of MDX, for the README. */
  readonly example: string;
  /**
   * What goes between its tags when an editor inserts it (the piece editor's Insert menu), as MDX;
   * left out for a component written as one self-closing tag.
   */
  readonly children?: string;
}

export function defineComponent<Props extends z.ZodObject>(
  definition: ComponentDefinition<Props>,
): ComponentDefinition<Props> {
  return definition;
}

/** The props a component's `Astro.props` are typed with. */
export type PropsOf<D extends ComponentDefinition> = z.input<D['props']>;

/** Text an editor must give. `must` finishes "it must be …" and shows how to write it. */
export const textProp = (must: string) => z.string({ error: must }).trim().min(1, { error: must });

/** The first thing wrong with these props, worded for the editor; null when they are fine. */
export function propsProblem(definition: ComponentDefinition, props: Record<string, unknown>): string | null {
  const result = definition.props.safeParse(props);
  if (result.success) return null;
  // A misspelt prop also leaves a required one missing; the misspelling is the news.
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  const issue = issues[0]!;
  const { name } = definition;
  if (issue.code === 'unrecognized_keys') {
    const typed = issue.keys[0]!;
    const allowed = Object.keys(definition.props.shape);
    const hint = closest(typed, allowed);
    return (
      `<${name}> has no prop "${typed}".` +
      (hint ? ` Did you mean "${hint}"?` : '') +
      (allowed.length > 0
        ? ` Its props are: ${allowed.map((p) => `"${p}"`).join(', ')}.`
        : ' It takes no props.')
    );
  }
  const prop = String(issue.path[0]);
  return `<${name}>: the prop "${prop}" received ${describe(props[prop])}, but it must be ${issue.message}`;
}

/** The props, checked and with defaults applied; throws the editor's message when they are wrong. */
export function parseProps<D extends ComponentDefinition>(
  definition: D,
  props: Record<string, unknown>,
): z.output<D['props']> {
  const result = definition.props.safeParse(props);
  if (result.success) return result.data as z.output<D['props']>;
  throw new Error(propsProblem(definition, props)!);
}

/** Whether a prop may be left out. */
export const isOptionalProp = (schema: z.ZodType) => schema.safeParse(undefined).success;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the prop is missing)';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty text' : JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
