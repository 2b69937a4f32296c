import { z } from 'astro/zod';
import type { VFile } from 'vfile';
import type { FaqEntry } from '../features/faq/faq.ts';
import type { GlossaryNote } from '../features/glossary/notes.ts';
import type { MapSpec } from '../features/locator-map/locator-map.ts';
import type { PollDefinition } from '../features/poll/model.ts';

/**
 * What the Markdown plugins hand a page beside its HTML, one entry per kind: each plugin writes
 * its entry with `setPageData` (typed by this schema), and every page, route and registry reads
 * them back with `pageDataOf` (checked by it). A new kind of page data is one entry here.
 *
 * The plugins' types already pin each entry's shape when it is written, so reading checks what
 * the types cannot: that the pipeline ran and wrote every entry.
 */
const pageDataSchema = z.object({
  /** The FAQ, for share pages, their cards, structured data and the links manifest (src/features/faq/remark-faq-ids.ts). */
  faq: z.array(z.custom<FaqEntry>()),
  /** The polls, for the site's poll registry, which the vote API checks every vote against (src/features/poll/remark-poll-registry.ts). */
  polls: z.array(z.custom<PollDefinition>()),
  /** What the locator maps show, one SVG file drawn per distinct map (src/features/locator-map/remark-map-registry.ts). */
  maps: z.array(z.custom<MapSpec>()),
  /** The glossary terms the text explains, in order of first use, drawn after it (src/features/glossary/remark-glossary.ts). */
  terms: z.array(z.custom<GlossaryNote>()),
  /** Minutes to read the text readers see, components' readable props included (./plugins/remark-reading-time.ts). */
  readingMinutes: z.number().int().positive(),
});

export type PageData = z.output<typeof pageDataSchema>;

/**
 * Hands the page one kind of its data. Astro passes what a remark plugin sets in
 * `file.data.astro.frontmatter` to the page as `remarkPluginFrontmatter` (its recipe: mutate in place).
 */
export function setPageData<K extends keyof PageData>(file: VFile, key: K, value: PageData[K]): void {
  const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
  (astro.frontmatter ??= {})[key] = value;
}

/**
 * The data the plugins handed a page (`remarkPluginFrontmatter`, or an MDX module's `frontmatter`),
 * checked: MDX that did not go through the site's pipeline has none, and stops the build naming
 * the file (`source`) rather than showing a page without its FAQ, polls or maps.
 */
export function pageDataOf(remarkPluginFrontmatter: Record<string, unknown>, source: string): PageData {
  const result = pageDataSchema.safeParse(remarkPluginFrontmatter);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `"${issue.path.join('.')}" (${issue.message})`);
  throw new Error(
    `${source}: the Markdown pipeline did not hand this page its ${problems.join(', ')}. ` +
      'MDX must be compiled by the site’s Markdown pipeline (src/markdown/pipeline.ts, the processor ' +
      'astro.config.mjs sets), whose plugins write each of these.',
  );
}
