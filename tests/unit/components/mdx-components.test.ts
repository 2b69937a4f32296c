import { expect, test } from 'vitest';
import { mdxComponentSpecs } from '../../../src/components/component-names.ts';
import { mdxComponents } from '../../../src/components/mdx-components.ts';

test('every component the build-time check accepts has a component to render it, and no more', () => {
  expect(Object.keys(mdxComponents).sort()).toEqual(Object.keys(mdxComponentSpecs).sort());
  for (const component of Object.values(mdxComponents)) expect(component).toBeTypeOf('function');
});
