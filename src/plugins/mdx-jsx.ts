import { relative } from 'node:path';
import type { Node } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';

/** Helpers shared by our remark plugins for reading MDX components (`<Question q="…">`) from mdast. */

export type MdxJsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isMdxJsxElement(node: Node): node is MdxJsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** `content/articles/piece.mdx, line 12` — where an editor should look. */
export function where(file: VFile, node?: Node): string {
  const path = file.path ? relative(process.cwd(), file.path) : 'an MDX file';
  const line = node?.position?.start.line;
  return line === undefined ? path : `${path}, line ${line}`;
}

/** Stops the build with a message for the editor; `where` is prepended so it names file and line. */
export function failAt(file: VFile, node: Node, message: string): never {
  const error = new Error(`${where(file, node)}: ${message}`);
  error.name = 'ContentError';
  throw error;
}

function attribute(node: MdxJsxElement, name: string) {
  return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

export function hasAttribute(node: MdxJsxElement, name: string): boolean {
  return attribute(node, name) !== undefined;
}

/**
 * A prop written as plain text (`q="…"` or `q={"…"}`); undefined when absent. Other expressions
 * cannot be read at build time, so they fail with a message saying how to write the prop.
 */
export function stringAttribute(file: VFile, node: MdxJsxElement, name: string): string | undefined {
  const attr = attribute(node, name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  const literal = expressionOf(attr.value)?.type === 'Literal' ? expressionOf(attr.value) : undefined;
  if (literal && 'value' in literal && typeof literal.value === 'string') return literal.value;
  return failAt(file, node, `<${node.name}> prop "${name}" must be plain text, like ${name}="…".`);
}

/** A prop written as a list of texts (`aliases={["a", "b"]}`); undefined when absent. */
export function stringArrayAttribute(file: VFile, node: MdxJsxElement, name: string): string[] | undefined {
  const attr = attribute(node, name);
  if (!attr) return undefined;
  const expression = expressionOf(attr.value);
  if (expression?.type === 'ArrayExpression') {
    const values = expression.elements.map((element) =>
      element?.type === 'Literal' && typeof element.value === 'string' ? element.value : null,
    );
    if (values.every((value): value is string => value !== null)) return values;
  }
  return failAt(
    file,
    node,
    `<${node.name}> prop "${name}" must be a list of texts, like ${name}={["first", "second"]}.`,
  );
}

function expressionOf(value: unknown) {
  if (!value || typeof value !== 'object' || !('data' in value)) return undefined;
  const program = (value as { data?: { estree?: import('estree').Program } }).data?.estree;
  const statement = program?.body[0];
  return statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
}
