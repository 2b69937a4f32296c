import Callout from './callout/Callout.astro';
import FAQ from '../features/faq/components/FAQ.astro';
import Question from '../features/faq/components/Question.astro';
import Interview from './interview/Interview.astro';
import Turn from './interview/Turn.astro';
import ProsCons from './proscons/ProsCons.astro';
import ProsConsList from './proscons/ProsConsList.astro';
import ReaderPoll from '../features/poll/components/ReaderPoll.astro';
import LocatorMap from '../features/locator-map/components/LocatorMap.astro';
import Figure from '../features/pictures/components/Figure.astro';
import Timeline from '../features/timeline/components/Timeline.astro';
import Event from '../features/timeline/components/Event.astro';
import EditionText from '../features/editions/components/EditionText.astro';
import type { EDITION_TEXT } from '../features/editions/edition-text.ts';
import type { ComponentName } from './registry.ts';

/**
 * The components every MDX piece can use without importing them; pass to `<Content components>`.
 * Keyed by the registry's names, so what the build checks and what renders cannot drift apart.
 */
export const mdxComponents: Record<ComponentName | typeof EDITION_TEXT, unknown> = {
  Callout,
  ReaderPoll,
  ProsCons,
  // One component draws both lists; the build tells it which (see ProsConsList.astro).
  Pros: ProsConsList,
  Cons: ProsConsList,
  FAQ,
  Question,
  Interview,
  Turn,
  Figure,
  LocatorMap,
  Timeline,
  Event,
  // Not for editors: the words the Markdown pipeline leaves for the page's edition (../features/editions/edition-text.ts).
  EditionText,
};
