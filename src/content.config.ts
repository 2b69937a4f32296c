import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD (YAML reads it as a date; quoted text is accepted too). */
const day = z.coerce.date({ error: 'Write the date as YYYY-MM-DD, for example 2025-04-29.' });

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: z
    .object({
      /** The headline: shown on the page, the home page, the browser tab and shared links. */
      title: z.string().trim().min(1, 'Give the piece a headline.'),
      /** The dek: one or two sentences under the headline, also the page's meta description. */
      description: z.string().trim().min(1, 'Write a one- or two-sentence summary (the dek).'),
      /** When the piece was first published. */
      published: day,
      /** When the piece was last substantially changed; omit if it never was. */
      updated: day.optional(),
      /** Who wrote it: one name, or a list of names. */
      byline: z
        .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)])
        .transform((value) => (typeof value === 'string' ? [value] : value)),
      /** Where the story is reported from, shown before the first line ("HANOI —"). */
      dateline: z.string().trim().min(1, 'Name the place the story is reported from.'),
      /** Topic tags, lowercase words joined by hyphens ("south-china-sea"). */
      tags: z
        .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Tags are lowercase words joined by hyphens.'))
        .default([]),
      /** Drafts are not published. */
      draft: z.boolean().default(false),
      /** Corrections and updates after publication, shown on the page with their dates. */
      updates: z
        .array(
          z.object({
            /** The day of the update. */
            date: day,
            /** What changed or what happened since, in a sentence or two. */
            text: z.string().trim().min(1),
            /** Optional source for the update, shown as a link after the text. */
            source: z.object({ name: z.string().trim().min(1), url: z.url() }).optional(),
          }),
        )
        .default([]),
    })
    .strict()
    .refine((piece) => !piece.updated || piece.updated >= piece.published, {
      path: ['updated'],
      message: 'The updated date is before the published date.',
    }),
});

export const collections = { articles };
