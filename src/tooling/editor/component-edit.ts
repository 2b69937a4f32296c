import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { VFile } from 'vfile';
import { calloutTypeByComponent } from '../../components/callout/callout-types.ts';
import en from '../../features/editions/strings/en.json' with { type: 'json' };
import { componentDefinition, componentRegistry } from '../../components/registry.ts';
import type { ComponentDefinition } from '../../components/props.ts';
import { readAttributes } from '../../markdown/plugins/mdx-jsx.ts';
import { isSchemaDefault } from './form-fields.ts';
import { componentAt, parsePiece } from './mdx-source.ts';

/**
 * A component an editor can insert or edit: a registry definition, or a callout written by its
 * type's own name (`<ExpertTip>`), which is a Callout whose type the tag already says.
 */
export function editableComponent(
  name: string,
): { definition: ComponentDefinition; fixed: Record<string, unknown> } | undefined {
  const calloutType = calloutTypeByComponent.get(name);
  if (calloutType) return { definition: componentDefinition('Callout')!, fixed: { type: calloutType } };
  const definition = componentDefinition(name);
  return definition && { definition, fixed: {} };
}

/** Every tag the Insert menu offers, with what each is: the registry's components and the callout names. */
export function insertableComponents(): { name: string; summary: string }[] {
  const callouts = [...calloutTypeByComponent].map(([name, type]) => ({
    name,
    summary: `A callout titled “${en[`callout.${type}`]}”; Markdown inside.`,
  }));
  const components = Object.values(componentRegistry).map(({ name, summary }) => ({ name, summary }));
  return [...callouts, ...components];
}

/** A prop's value written as MDX: `q="…"`, a bare `wide`, or `options={["a", "b"]}`. */
function attribute(name: string, value: unknown): string {
  if (value === true) return name;
  if (typeof value === 'string' && !/["{}]/.test(value)) return `${name}="${value}"`;
  return `${name}={${literal(value)}}`;
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{ ${entries.map(([key, v]) => `${/^[A-Za-z_]\w*$/.test(key) ? key : JSON.stringify(key)}: ${literal(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** A prop's value as it should be written: nothing for an empty value or the prop's own default. */
function asWritten(definition: ComponentDefinition, prop: string, value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  return isSchemaDefault(definition.props.shape[prop], value) ? undefined : value;
}

/** The MDX for a new component: its props in the definition's order, and what goes inside. */
export function componentMarkup(name: string, props: Record<string, unknown>): string {
  const component = editableComponent(name);
  if (!component) throw new Error(`There is no component <${name}>.`);
  const { definition, fixed } = component;
  const written = Object.keys(definition.props.shape)
    .filter((prop) => !(prop in fixed) && asWritten(definition, prop, props[prop]) !== undefined)
    .map((prop) => ` ${attribute(prop, props[prop])}`)
    .join('');
  return definition.children === undefined
    ? `<${name}${written} />`
    : `<${name}${written}>\n${definition.children}\n</${name}>`;
}

export interface ComponentInSource {
  name: string;
  /** The props as written (plain values), without those its tag implies. */
  props: Record<string, unknown>;
  /** Where its opening tag's attributes may be edited: offsets into the file. */
  start: number;
  end: number;
}

/** The component the cursor is in, with its props as written; undefined outside any. */
export function readComponentAt(
  source: string,
  offset: number,
  tree: Root = parsePiece(source),
): ComponentInSource | undefined {
  const element = componentAt(tree, offset);
  if (!element?.name || !editableComponent(element.name)) return undefined;
  const props = readAttributes(new VFile({ value: source }), element);
  return {
    name: element.name,
    props,
    start: element.position!.start.offset!,
    end: element.position!.end.offset!,
  };
}

/**
 * The source with the component at `offset` given these props, changing only the bytes of the
 * props that changed: a changed prop is rewritten in place, a new one added at the end of the
 * opening tag, one left empty removed with the space before it. Children are never touched.
 */
export function applyComponentProps(source: string, offset: number, props: Record<string, unknown>): string {
  const tree = parsePiece(source);
  const element = componentAt(tree, offset);
  const component = element?.name ? editableComponent(element.name) : undefined;
  if (!element || !component) throw new Error('The cursor is not inside a component.');
  const current = readAttributes(new VFile({ value: source }), element);
  const attributes = element.attributes.filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute');
  const edits: { from: number; to: number; text: string }[] = [];
  for (const prop of Object.keys(component.definition.props.shape)) {
    if (prop in component.fixed) continue;
    const wanted = asWritten(component.definition, prop, props[prop]);
    if (JSON.stringify(wanted) === JSON.stringify(current[prop])) continue;
    const written = attributes.find((a) => a.name === prop);
    if (written) {
      const from = written.position!.start.offset!;
      const to = written.position!.end.offset!;
      if (wanted === undefined) {
        const space = /\s*$/.exec(source.slice(0, from))![0].length;
        edits.push({ from: from - space, to, text: '' });
      } else edits.push({ from, to, text: attribute(prop, wanted) });
    } else if (wanted !== undefined) {
      edits.push({
        from: openingTagEnd(source, element),
        to: openingTagEnd(source, element),
        text: ` ${attribute(prop, wanted)}`,
      });
    }
  }
  return edits
    .sort((a, b) => b.from - a.from)
    .reduce((text, { from, to, text: insert }) => text.slice(0, from) + insert + text.slice(to), source);
}

/** Where the opening tag's attributes end: before its `>` or `/>`. */
function openingTagEnd(source: string, element: NonNullable<ReturnType<typeof componentAt>>): number {
  const last =
    element.attributes.at(-1)?.position?.end.offset ??
    element.position!.start.offset! + 1 + element.name!.length;
  let at = last;
  while (/\s/.test(source[at] ?? '')) at++;
  return source[at] === '/' || source[at] === '>' ? last : at;
}
