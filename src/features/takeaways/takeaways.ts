import { z } from 'astro/zod';
import type { Edition } from '../editions/editions.ts';
import { CHARACTERS_PER_MINUTE, textLength, WORDS_PER_MINUTE } from '../../lib/reading-time.ts';

/** A piece lists 3 to 5 takeaways, or none: fewer is no summary, more is no longer quick to grasp. */
const MIN_TAKEAWAYS = 3;
const MAX_TAKEAWAYS = 5;
/** The longest a takeaway may be, in English words; other languages' limits follow from it (below). */
const MAX_WORDS = 35;

/**
 * Vietnamese is written with a space between syllables, not words: the launch piece's Vietnamese
 * translation has 2,981 of them where the English has 2,128 words, 1.4 to a word.
 */
const SYLLABLES_PER_WORD = 1.4;

const example =
  'takeaways:\n  - text: Japan and Vietnam agreed a “2+2” dialogue.\n    section: the-hanoi-summit';

/**
 * The piece's `takeaways`: 3 to 5 sentences a reader should leave with, each linking to the
 * section that explains it. The schema checks their number and shape; their length depends on the
 * piece's language and the section on its headings, which the Markdown pipeline checks
 * (./remark-takeaways.ts).
 */
export const takeawaysField = z
  .array(
    z.strictObject(
      {
        text: z
          .string({ error: `Write the takeaway as text, like\n${example}` })
          .trim()
          .min(1, `This takeaway is empty: write it in a sentence, like\n${example}`)
          .describe(`One thing the reader should leave with, in ${MAX_WORDS} words at most.`),
        section: z
          .string({ error: 'Name the section by its id, like section: the-hanoi-summit' })
          .trim()
          .regex(/^[^\s#]+$/, 'Write the section’s id without “#” or spaces, like section: the-hanoi-summit')
          .optional()
          .describe('The id of the section that explains it (its heading’s link, without “#”); optional.'),
      },
      { error: `Write each takeaway as its text and, if you like, the section explaining it:\n${example}` },
    ),
    { error: `List the takeaways under takeaways:, each with its text, like\n${example}` },
  )
  .min(MIN_TAKEAWAYS, `List ${MIN_TAKEAWAYS} to ${MAX_TAKEAWAYS} takeaways, or remove takeaways:.`)
  .max(
    MAX_TAKEAWAYS,
    `List ${MIN_TAKEAWAYS} to ${MAX_TAKEAWAYS} takeaways: keep the ones that matter most and leave the rest to the text.`,
  )
  .optional()
  .describe(
    `${MIN_TAKEAWAYS} to ${MAX_TAKEAWAYS} points a reader should leave with, shown under the headline.`,
  );

export type Takeaway = { text: string; section?: string | undefined };

/**
 * How long a takeaway may be in the piece's language, and its length measured the same way. In
 * English, words; in a language written without spaces (Japanese), characters, counted as reading
 * time counts them (src/lib/reading-time.ts: 500 a minute against 230 words, so 35 words are 76
 * characters), with any word written in Latin letters or digits counted as one; in Vietnamese,
 * syllables.
 */
export function takeawayLength(text: string, edition: Edition) {
  const { words, unspaced } = textLength(text);
  if (edition.script === 'cjk') {
    return {
      length: unspaced + words,
      max: Math.round((MAX_WORDS * CHARACTERS_PER_MINUTE) / WORDS_PER_MINUTE),
      unit: 'characters',
    };
  }
  if (edition.lang.split('-')[0] === 'vi') {
    return { length: words, max: Math.round(MAX_WORDS * SYLLABLES_PER_WORD), unit: 'syllables' };
  }
  return { length: words, max: MAX_WORDS, unit: 'words' };
}

/**
 * The takeaways as one text, the piece's summary where a summary is plain text (the feed's item
 * description, JSON-LD's `abstract`): sentences run on, with a space between them where the
 * language puts one.
 */
export function takeawaysSummary(takeaways: readonly Takeaway[], edition: Edition): string {
  return takeaways.map((takeaway) => takeaway.text).join(edition.script === 'cjk' ? '' : ' ');
}

/** A piece's summary as plain text (a feed item's description): its takeaways, or else its dek. */
export const pieceSummary = (
  data: { description: string; takeaways?: readonly Takeaway[] | undefined },
  edition: Edition,
) => (data.takeaways ? takeawaysSummary(data.takeaways, edition) : data.description);
