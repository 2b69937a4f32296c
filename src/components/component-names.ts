import { calloutTypeByComponent } from './callout/callout-types.ts';

/**
 * Components an editor may use in any MDX piece without importing them. Plain data, so the Astro
 * config's remark plugins can read it; `mdx-components.ts` maps each name to its component.
 */
export const mdxComponentNames = [
  'Callout',
  'ReaderPoll',
  'ProsCons',
  'Pros',
  'Cons',
  'FAQ',
  'Question',
  'Interview',
  'Turn',
] as const;

export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Every tag an editor may write: the components above plus each callout's own name. */
export const editorTagNames: readonly string[] = [
  ...calloutTypeByComponent.keys(),
  ...mdxComponentNames,
].sort();
