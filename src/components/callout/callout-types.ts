import type { IconName } from '../icons/icons.ts';

/**
 * Every callout type, defined once. Components, the component registry and the remark plugin that
 * lets editors write `<ExpertTip>` all read this list, so a new type is one entry here, and its
 * standard title one entry in each edition's strings (`callout.<type>`,
 * src/features/editions/strings/). The icon (inline SVG, src/components/icons/icons.ts) is
 * decoration only: the title says what it is.
 */
export const calloutTypes = {
  'expert-tip': { component: 'ExpertTip', icon: 'tip' },
  'did-you-know': { component: 'DidYouKnow', icon: 'question' },
  'quick-fact': { component: 'QuickFact', icon: 'info' },
  'editors-note': { component: 'EditorsNote', icon: 'note' },
} as const satisfies Record<string, { component: string; icon: IconName }>;

export type CalloutType = keyof typeof calloutTypes;

export const calloutTypeNames = Object.keys(calloutTypes) as [CalloutType, ...CalloutType[]];

/** The MDX tag name an editor writes (`ExpertTip`) mapped to its callout type (`expert-tip`). */
export const calloutTypeByComponent: ReadonlyMap<string, CalloutType> = new Map(
  calloutTypeNames.map((type) => [calloutTypes[type].component, type]),
);
