import { readerPoll } from '../features/poll/components/reader-poll.props.ts';
import { calloutTypeByComponent } from './callout/callout-types.ts';
import { callout } from './callout/callout.props.ts';
import { faq, question } from '../features/faq/components/faq.props.ts';
import { interview, turn } from './interview/interview.props.ts';
import { locatorMap } from '../features/locator-map/components/locator-map.props.ts';
import { figure } from '../features/pictures/components/figure.props.ts';
import { event, timeline } from '../features/timeline/components/timeline.props.ts';
import type { ComponentDefinition } from './props.ts';
import { cons, pros, prosCons } from './proscons/pros-cons.props.ts';

/**
 * Every component an editor may use in a piece without importing it, by the tag they write.
 * Plain data, so the Astro config's remark plugins, the README generator and the components
 * themselves all read it; src/components/mdx-components.ts maps each name to what renders it.
 */
export const componentRegistry = {
  Callout: callout,
  ReaderPoll: readerPoll,
  ProsCons: prosCons,
  Pros: pros,
  Cons: cons,
  FAQ: faq,
  Question: question,
  Interview: interview,
  Turn: turn,
  Figure: figure,
  LocatorMap: locatorMap,
  Timeline: timeline,
  Event: event,
} as const satisfies Record<string, ComponentDefinition>;

export type ComponentName = keyof typeof componentRegistry;

export function componentDefinition(name: string): ComponentDefinition | undefined {
  return Object.hasOwn(componentRegistry, name) ? componentRegistry[name as ComponentName] : undefined;
}

/** Every tag an editor may write: the components above plus each callout type's own name. */
export const editorTagNames: readonly string[] = [
  ...calloutTypeByComponent.keys(),
  ...Object.keys(componentRegistry),
].sort();
