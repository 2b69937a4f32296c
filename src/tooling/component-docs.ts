import { readFileSync, writeFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { calloutTypeNames, calloutTypes } from '../components/callout/callout-types.ts';
import { isOptionalProp } from '../components/props.ts';
import { componentRegistry } from '../components/registry.ts';

/**
 * The README's table of components, written from the component registry, so the Editor guide
 * says exactly what the build accepts. `npm run docs` rewrites it; a test fails when it drifts.
 */
export const README = 'README.md';
const START = '<!-- components:start (generated from src/components/registry.ts by npm run docs) -->';
const END = '<!-- components:end -->';

const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;

function propsCell(props: z.ZodObject): string {
  const entries = Object.entries(props.shape as Record<string, z.ZodType>);
  if (entries.length === 0) return 'none';
  return entries
    .map(([name, schema]) => {
      const optional = isOptionalProp(schema) ? ', optional' : '';
      return `${code(name)} (${schema.description ?? name}${optional})`;
    })
    .join('; ');
}

function componentTable(): string {
  const shorthands = calloutTypeNames.map((type) => calloutTypes[type].component);
  const first = shorthands[0]!;
  const rows = [
    `| ${shorthands.map((name) => code(`<${name}>`)).join(', ')} | A callout by its type’s own name; Markdown inside. | none | ${code(`<${first}>Look beyond the headlines.</${first}>`)} |`,
    ...Object.values(componentRegistry).map(
      (definition) =>
        `| ${code(`<${definition.name}>`)} | ${definition.summary} | ${propsCell(definition.props)} | ${code(definition.example)} |`,
    ),
  ];
  return ['| Component | What it is | Props | Example |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README with its component table replaced by a freshly generated one. */
export function readmeWithComponentTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(
      `${README} has no component table markers: put ${START} and ${END} where the table goes.`,
    );
  }
  return `${readme.slice(0, start + START.length)}\n\n${componentTable()}\n\n${readme.slice(end)}`;
}

export function writeComponentTable(path = README): boolean {
  const before = readFileSync(path, 'utf8');
  const after = readmeWithComponentTable(before);
  if (after !== before) writeFileSync(path, after);
  return after !== before;
}
