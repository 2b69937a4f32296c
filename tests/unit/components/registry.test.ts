import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { mdxComponents } from '../../../src/components/mdx-components.ts';
import { componentRegistry } from '../../../src/components/registry.ts';
import { EDITION_TEXT } from '../../../src/features/editions/edition-text.ts';
import { README, readmeWithComponentTable } from '../../../src/tooling/component-docs.ts';

test('every component in the registry has a component to render it, and no more', () => {
  // Besides the editors' components, the one the Markdown pipeline writes for the edition's words.
  expect(Object.keys(mdxComponents).sort()).toEqual([...Object.keys(componentRegistry), EDITION_TEXT].sort());
  for (const component of Object.values(mdxComponents)) expect(component).toBeTypeOf('function');
});

test('each definition is named as editors write it, and reading time counts props it has', () => {
  for (const [name, definition] of Object.entries(componentRegistry)) {
    expect(definition.name).toBe(name);
    expect(definition.example).toContain(`<${name}`);
    for (const prop of definition.readableProps ?? [])
      expect(Object.keys(definition.props.shape)).toContain(prop);
  }
});

test('the README’s component table is the one the registry generates (run npm run docs)', () => {
  const readme = readFileSync(README, 'utf8');
  expect(readme, 'the component table is out of date: run npm run docs').toBe(
    readmeWithComponentTable(readme),
  );
});
