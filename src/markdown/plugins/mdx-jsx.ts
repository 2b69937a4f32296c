import { relative } from 'node:path';
import type { Expression, Program } from 'estree';
import type { Node } from 'unist';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { parseProps, propsProblem, type ComponentDefinition } from '../../components/props.ts';
import { formatPlace, formatProblem, type ContentMessage } from '../../lib/problem.ts';
import type { z } from 'astro/zod';

/** Helpers shared by our remark plugins for reading MDX components (`<Question q="…">`) from mdast. */

export type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isMdxJsxElement(node: Node): node is MdxJsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The piece's path as an editor would open it: relative to the project. */
const pathOf = (file: VFile) => (file.path ? relative(process.cwd(), file.path) : 'an MDX file');

/** `content/pieces/piece.mdx:12:3` — where an editor should look, for a message that names another place. */
export function where(file: VFile, node?: Node): string {
  const start = node?.position?.start;
  return formatPlace(pathOf(file), start?.line, start?.column);
}

/**
 * Stops the build with a message for the editor, as a vfile message that carries the file, line,
 * column and (when the problem is one prop's) the prop as fields: the piece editor places it from
 * those. Its printed text is the formatted problem, because that is all Astro shows in the terminal.
 */
export function failAt(
  file: VFile,
  node: Node,
  message: string,
  { field, ruleId }: { field?: string; ruleId?: string } = {},
): never {
  const problem: ContentMessage = file.message(message, {
    place: node.position,
    ruleId,
    source: 'content-check',
  });
  problem.fatal = true;
  problem.file = pathOf(file);
  if (field) problem.field = field;
  problem.message = formatProblem({
    file: problem.file,
    line: problem.line,
    column: problem.column,
    field,
    message,
  });
  throw problem;
}

/**
 * The props written on a component, as plain values: `q="…"`, `excerpt={false}`,
 * `options={["a", "b"]}`, or a bare `flag` (true). Anything the build cannot read without running
 * code (a variable, a call) stops the build, naming the prop.
 */
export function readAttributes(file: VFile, node: MdxJsxElement): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      failAt(file, node, `<${node.name}> cannot take {...spread} props; write each prop by name.`);
    }
    props[attribute.name] = attributeValue(file, node, attribute);
  }
  return props;
}

/** One prop written on an element (see `readAttributes`); undefined when it is not there. */
export function readAttribute(file: VFile, node: MdxJsxElement, name: string): unknown {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attribute?.type === 'mdxJsxAttribute' ? attributeValue(file, node, attribute) : undefined;
}

function attributeValue(file: VFile, node: MdxJsxElement, { name, value }: MdxJsxAttribute): unknown {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const literal = literalValue(expressionOf(value.data?.estree));
  if (literal === NOT_LITERAL) {
    failAt(
      file,
      node,
      `<${node.name}> prop "${name}" must be written as plain text, a number, a list or true/false, like ${name}="…" or ${name}={["…", "…"]}.`,
      { field: name },
    );
  }
  return literal;
}

/** The component's props checked against its definition; a problem stops the build at this line. */
export function componentProps<D extends ComponentDefinition>(
  file: VFile,
  node: MdxJsxElement,
  definition: D,
): z.output<D['props']> {
  const props = readAttributes(file, node);
  const problem = propsProblem(definition, props);
  if (problem) failAt(file, node, problem);
  return parseProps(definition, props);
}

const NOT_LITERAL = Symbol('not a literal');

function literalValue(expression: Expression | undefined): unknown {
  if (expression?.type === 'Literal' && !('regex' in expression)) return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    return expression.quasis.map((quasi) => quasi.value.cooked).join('');
  }
  if (expression?.type === 'UnaryExpression' && expression.operator === '-') {
    const value = literalValue(expression.argument);
    return typeof value === 'number' ? -value : NOT_LITERAL;
  }
  if (expression?.type === 'ArrayExpression') {
    const values = expression.elements.map((element) =>
      element && element.type !== 'SpreadElement' ? literalValue(element) : NOT_LITERAL,
    );
    return values.includes(NOT_LITERAL) ? NOT_LITERAL : values;
  }
  // { name: "Hanoi", lat: 21.03 }: plain keys and plain values only.
  if (expression?.type === 'ObjectExpression') {
    const entries = expression.properties.map((property) => {
      if (property.type !== 'Property' || property.computed || property.kind !== 'init') return NOT_LITERAL;
      const key =
        property.key.type === 'Identifier' ? property.key.name : literalValue(property.key as Expression);
      const value = literalValue(property.value as Expression);
      return typeof key === 'string' && value !== NOT_LITERAL ? [key, value] : NOT_LITERAL;
    });
    return entries.includes(NOT_LITERAL) ? NOT_LITERAL : Object.fromEntries(entries as [string, unknown][]);
  }
  return NOT_LITERAL;
}

function expressionOf(program: Program | null | undefined): Expression | undefined {
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}
