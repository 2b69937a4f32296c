import { calloutTypeByComponent } from './callout/callout-types.ts';

interface PropSpec {
  /** Every prop the component accepts; anything else is a typo the build reports. */
  readonly props: readonly string[];
  /** Props the component cannot render without. */
  readonly required: readonly string[];
}

/**
 * Components an editor may use in any MDX piece without importing them, with the props each takes.
 * Plain data, so the Astro config's remark plugins can read it; `mdx-components.ts` maps each name
 * to its component.
 */
export const mdxComponentSpecs = {
  Callout: { props: ['type', 'title'], required: ['type'] },
  ReaderPoll: { props: ['id', 'question', 'options'], required: ['id', 'question', 'options'] },
  ProsCons: { props: [], required: [] },
  Pros: { props: [], required: [] },
  Cons: { props: [], required: [] },
  FAQ: { props: [], required: [] },
  Question: { props: ['q', 'id', 'aliases'], required: ['q'] },
  Interview: { props: ['source', 'excerpt'], required: ['source'] },
  Turn: { props: ['speaker'], required: ['speaker'] },
} as const satisfies Record<string, PropSpec>;

export type MdxComponentName = keyof typeof mdxComponentSpecs;

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxComponentSpecs, name);
}

/** Every tag an editor may write: the components above plus each callout's own name. */
export const editorTagNames: readonly string[] = [
  ...calloutTypeByComponent.keys(),
  ...Object.keys(mdxComponentSpecs),
].sort();
