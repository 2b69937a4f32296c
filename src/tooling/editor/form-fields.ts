import type { z } from 'astro/zod';

/** One field of a form the piece editor draws, described from a zod schema. */
export interface Field {
  name: string;
  label: string;
  /** What the schema says the field is for, if it says. */
  hint?: string;
  required: boolean;
  kind: 'text' | 'date' | 'boolean' | 'number' | 'select' | 'choices' | 'list' | 'numbers' | 'group';
  /** select and choices: the values allowed. */
  options?: string[];
  /** numbers: how many (a tuple, like a map's area). */
  count?: number;
  /** group: its fields; `repeat` for a list of groups (updates, a map's places). */
  fields?: Field[];
  repeat?: boolean;
}

type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string>;
  items?: Schema[];
  shape?: Record<string, Schema>;
};
type Schema = z.ZodType & { _zod: { def: Def }; description?: string };

const label = (name: string) =>
  name.charAt(0).toUpperCase() +
  name
    .slice(1)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/**
 * The form for an object schema's fields: the piece's frontmatter, or a component's props. Each
 * field's kind follows its schema (text, a date, yes/no, one of a list, a list of lines, a group);
 * a field that takes one value or a list (a byline) is a list. `choices` gives the allowed values
 * of fields the schema checks with code (tags).
 */
export function formFields(
  shape: Record<string, z.ZodType>,
  choices: Record<string, string[]> = {},
): Field[] {
  return Object.entries(shape).map(([name, schema]) => field(name, schema as Schema, choices));
}

function field(name: string, schema: Schema, choices: Record<string, string[]>): Field {
  let required = true;
  let current = schema;
  // Optional and defaulted fields may be left empty; transforms are read from their input side.
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'default') required = false;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  const base = {
    name,
    label: label(name),
    required,
    ...(schema.description && { hint: schema.description }),
  };
  const def = current._zod.def;
  switch (def.type) {
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'number':
      return { ...base, kind: 'number' };
    case 'date':
      return { ...base, kind: 'date' };
    case 'enum':
      return { ...base, kind: 'select', options: Object.values(def.entries!) };
    case 'tuple':
      return { ...base, kind: 'numbers', count: def.items!.length };
    case 'union':
      // One value or a list of them (a byline): a list, one per line.
      return { ...base, kind: 'list' };
    case 'object':
      return { ...base, kind: 'group', fields: formFields(def.shape!, choices) };
    case 'array': {
      const element = def.element!._zod.def.type === 'object' ? def.element! : undefined;
      if (element)
        return { ...base, kind: 'group', repeat: true, fields: formFields(element._zod.def.shape!, choices) };
      return choices[name] ? { ...base, kind: 'choices', options: choices[name] } : { ...base, kind: 'list' };
    }
    default:
      return { ...base, kind: 'text' };
  }
}

/** Whether `value` is what the schema gives when the field is left out: such a field need not be written. */
export function isSchemaDefault(schema: z.ZodType | undefined, value: unknown): boolean {
  const fallback = schema?.safeParse(undefined);
  return fallback?.success === true && JSON.stringify(fallback.data) === JSON.stringify(value);
}
