import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { MOMENT_EXAMPLE, readMoment } from './schedule.ts';
import { glossaryField } from '../features/glossary/piece-field.ts';
import { closest } from './suggest.ts';
import { isTag, tagNames, TAGS_FILE, type Tag } from './tags.ts';

/** A calendar date written as YYYY-MM-DD (YAML reads it as a date; quoted text is accepted too). */
const day = z.coerce.date({ error: 'Write the date as YYYY-MM-DD, for example 2025-04-29.' });

/** Required text, with the message an editor sees when it is missing or not text. */
const text = (what: string, example: string) =>
  z
    .string({ error: `Add ${what} as text, like ${example}` })
    .trim()
    .min(1, `Add ${what}; it is empty. Write it like ${example}`);

const name = z.string().trim().min(1);

/**
 * A moment written with its offset from UTC (src/lib/schedule.ts), given as the text the editor
 * wrote: YAML turns an unquoted one into a date and forgets whether it had an offset, so the
 * loader (src/lib/pieces-loader.ts) and the tools hand over the written text instead. A date that
 * still arrives was written in a way they could not read back.
 */
const moment = z
  .string({ error: `Write the moment on one line, like publishAt: ${MOMENT_EXAMPLE}` })
  .transform((text, context) => {
    const read = readMoment(text);
    if ('at' in read) return read.at;
    context.issues.push({ code: 'custom', input: text, message: read.problem });
    return z.NEVER;
  });

/** The narrowest a lead image may be: its crops for search engines and cards are 1,200 px wide. */
export const LEAD_IMAGE_MIN_WIDTH = 1200;

/** Outside Astro (tests, tools) a lead image's `src` stays the path the editor wrote. */
const pathOnly = (() => z.string()) as unknown as SchemaContext['image'];

/**
 * The frontmatter of a piece, with the message an editor sees for each mistake. The content
 * collection validates every piece with it (src/content.config.ts), handing over Astro's `image()`
 * helper, which turns a lead image's path into the optimised picture; tools and tests call it
 * without one, and the path stays a path.
 */
export function pieceSchema({ image }: SchemaContext = { image: pathOnly }) {
  return z
    .object({
      title: text('the headline', 'title: "What the Hanoi summit means"').describe(
        'The headline: shown on the page, the home page, the browser tab and shared links.',
      ),
      description: text(
        'a one- or two-sentence summary (the dek)',
        'description: "What the summit means for trade."',
      ).describe('One or two sentences under the headline, also the summary in search results.'),
      published: day.describe('When the piece was first published.'),
      updated: day
        .optional()
        .describe('When the piece was last substantially changed; empty if it never was.'),
      byline: z
        .union([name, z.array(name).min(1)], {
          error: 'Add the author, like byline: Jane Doe, or several: byline: [Jane Doe, Bo Li]',
        })
        .transform((value) => (typeof value === 'string' ? [value] : value))
        .describe('Who wrote it: one name, or several.'),
      dateline: text('the place the story is reported from', 'dateline: Hanoi').describe(
        'Where the story is reported from, shown before the first line (“HANOI —”).',
      ),
      tags: z
        .array(
          z.string().refine(isTag, {
            error: (issue) => {
              const hint = closest(String(issue.input), tagNames);
              return (
                `"${String(issue.input)}" is not an allowed tag.${hint ? ` Did you mean "${hint}"?` : ''} ` +
                `Allowed: ${tagNames.join(', ')}. To add a new tag, add it to ${TAGS_FILE}.`
              );
            },
          }),
        )
        .transform((tags) => tags as Tag[])
        .default([])
        .describe('Its topics, from the content folder’s tags.json.'),
      /**
       * A picture shown under the headline, on listings and in shared links: a file beside the piece
       * (make the piece a folder, content/pieces/<slug>/index.mdx, with its pictures), at least
       * 1,200 px wide, with what a newsroom may not publish without.
       */
      image: z
        .object(
          {
            src: image().describe('The picture’s file, beside the piece, like ./harbour.jpg.'),
            alt: text(
              'alt text saying what the picture shows',
              'alt: "Container ships at Hai Phong port"',
            ).describe('What the picture shows, for readers who cannot see it.'),
            caption: text('a caption', 'caption: "Hai Phong port, where much of the trade passes."').describe(
              'The sentence under the picture.',
            ),
            credit: text('the credit', 'credit: "Photo: Jane Doe / The Explainer"').describe(
              'Who made it, and for whom or from where.',
            ),
          },
          {
            error:
              'Write the lead image as src, alt, caption and credit lines under image:, like image: { src: ./harbour.jpg, … }',
          },
        )
        .strict()
        .optional(),
      draft: z.boolean().default(false).describe('A draft shows in the preview only, never on the site.'),
      publishAt: moment
        .optional()
        .describe(
          `When the piece goes live, with its offset from UTC, like ${MOMENT_EXAMPLE}; until then it is treated as a draft.`,
        ),
      glossary: glossaryField,
      /** Corrections and updates after publication, shown on the page with their dates. */
      updates: z
        .array(
          z.object({
            date: day.describe('The day of the update.'),
            text: z
              .string()
              .trim()
              .min(1)
              .describe('What changed or what happened since, in a sentence or two.'),
            source: z
              .object({ name, url: z.url() })
              .optional()
              .describe('Where it was reported, shown as a link after the text.'),
          }),
        )
        .default([]),
      /**
       * A translation (a piece in an edition's folder, content/pieces/<code>/) names the piece it
       * translates; the loader checks the folder and that the original exists
       * (src/lib/pieces-loader.ts).
       */
      translationOf: z
        .string({
          error:
            'Name the piece this translates by its address, like translationOf: japan-vietnam-hanoi-summit',
        })
        .trim()
        .min(
          1,
          'Name the piece this translates by its address, like translationOf: japan-vietnam-hanoi-summit',
        )
        .optional()
        .describe('A translation: the address of the piece it translates, in the default edition.'),
      /**
       * The piece's earlier addresses, oldest first, each a slug in its own edition (its file name
       * before a rename): they answer 301 to the piece (src/features/moved-pieces). Written by
       * `npm run rename`; the first is the piece's first address, its feed guid.
       */
      redirectFrom: z
        .array(
          z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
            error: (issue) =>
              `"${String(issue.input)}" is not an address: an earlier address is a slug, lowercase letters, digits and hyphens, like japan-vietnam-summit (npm run rename writes it).`,
          }),
          { error: 'List the earlier addresses, like redirectFrom: [old-address]' },
        )
        .optional()
        .describe('Earlier addresses of the piece, oldest first; npm run rename writes them.'),
      /** Taken off the site (`npm run withdraw`): its addresses answer 410 Gone with when and why. */
      withdrawn: z
        .object(
          {
            at: day.describe('The day the piece was withdrawn.'),
            reason: text('why it was withdrawn', 'reason: "Withdrawn at the request of a source."').describe(
              'Why, in a sentence, shown to readers at its address.',
            ),
          },
          {
            error:
              'Write the withdrawal as at and reason lines under withdrawn:, like withdrawn: { at: 2026-12-03, reason: "…" }',
          },
        )
        .strict()
        .optional()
        .describe('Withdrawn: the piece is off the site; npm run withdraw writes it.'),
      translatedFrom: day
        .optional()
        .describe(
          'A translation: the original’s last change (its updated date, or else its published date) that it follows.',
        ),
    })
    .strict()
    .refine((piece) => !piece.updated || piece.updated >= piece.published, {
      path: ['updated'],
      message: 'The updated date is before the published date.',
    })
    .refine((piece) => piece.translationOf === undefined || piece.translatedFrom !== undefined, {
      path: ['translatedFrom'],
      message:
        'A translation says which version of the original it follows: add the original’s updated date (or its published date, if it was never updated), like translatedFrom: 2025-12-04.',
    })
    .refine((piece) => piece.translatedFrom === undefined || piece.translationOf !== undefined, {
      path: ['translatedFrom'],
      message:
        'Only a translation follows a version of an original: add translationOf: <the original’s address>, or remove translatedFrom.',
    });
}
