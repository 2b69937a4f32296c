import type { MdxComponentName } from './component-names.ts';
import Callout from './callout/Callout.astro';
import FAQ from './faq/FAQ.astro';
import Question from './faq/Question.astro';
import Interview from './interview/Interview.astro';
import Turn from './interview/Turn.astro';
import ReaderPoll from './poll/ReaderPoll.astro';
import Cons from './proscons/Cons.astro';
import Pros from './proscons/Pros.astro';
import ProsCons from './proscons/ProsCons.astro';

/**
 * The components every MDX piece can use without importing them; pass to `<Content components>`.
 * Typed against `mdxComponentSpecs`, so the list the remark plugin checks and this map cannot drift.
 */
export const mdxComponents: Record<MdxComponentName, unknown> = {
  Callout,
  ReaderPoll,
  ProsCons,
  Pros,
  Cons,
  FAQ,
  Question,
  Interview,
  Turn,
};
