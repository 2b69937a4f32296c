import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { authors } from '../features/authors/authors.ts';
import { authorsFile, piecesDir, tagsFile } from '../lib/content-paths.ts';
import { MOMENT_EXAMPLE } from '../lib/schedule.ts';
import { slugify } from '../lib/slug.ts';

/**
 * Writes a new piece for `headline`: <pieces>/<slug>.mdx, a draft dated today, with every
 * frontmatter field and a commented example of each component. Never overwrites: an existing file
 * is an error naming it. `npm run new` and the piece editor's New button both start pieces here.
 */
export function createPiece(
  headline: string,
  { dir = piecesDir(), tags = tagsFile() } = {},
): { file: string; slug: string } {
  const slug = slugify(headline);
  const file = join(dir, `${slug}.mdx`);
  if (existsSync(file)) {
    throw new Error(
      `${file} already exists, so nothing was written. Choose another headline, or edit that file.`,
    );
  }
  const tagNames = Object.keys(JSON.parse(readFileSync(tags, 'utf8')) as Record<string, string>);
  mkdirSync(dir, { recursive: true });
  // A content folder that keeps authors names them by id: the draft starts with the first it
  // knows (a valid byline, so the preview shows the draft), and the comment lists the others. No
  // TODO here: the piece editor keeps a line's comment when it changes the value.
  const content = dirname(dir);
  const ids = [...(authors(content)?.keys() ?? [])];
  const byline = ids.length
    ? `${ids[0]} # an author's id in ${authorsFile(content)}: ${ids.join(', ')}`
    : 'TODO Your Name';
  writeFileSync(file, pieceTemplate(headline, slug, tags, tagNames.slice(0, 2), byline));
  return { file, slug };
}

function pieceTemplate(
  headline: string,
  slug: string,
  tags: string,
  someTags: string[],
  byline: string,
): string {
  const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD in the editor's time zone
  const yamlHeadline = JSON.stringify(headline);
  return `---
title: ${yamlHeadline}
description: "TODO: one or two sentences under the headline; also the summary in search results."
published: ${today}
byline: ${byline}
dateline: TODO Place
tags: [] # choose from ${tags}, e.g. [${someTags.join(', ')}]
draft: true # set to false to publish
# publishAt: ${MOMENT_EXAMPLE} # or go live at a set moment: uncomment, with your offset from UTC
---

TODO: the opening paragraph. Cite a source like this.[^source]

## A section heading

Text of the section. \`##\` headings and \`###\` subheadings make the table of contents.

{/* Callouts; Markdown works inside. To use an example, delete the comment markers around it.

<ExpertTip>
Advice for the reader.
</ExpertTip>

<DidYouKnow>
A surprising fact, with its source.[^source]
</DidYouKnow>

<QuickFact>
One short fact.
</QuickFact>

<EditorsNote>
A correction or clarification from the editors.
</EditorsNote>
*/}

{/* A reader poll: an id that never changes, the question, two or more options.

<ReaderPoll id="${slug}-poll" question="Your question?" options={["First answer", "Second answer"]} />
*/}

{/* An FAQ. Each answer gets a shareable link made from its question; when you reword a
    published question, keep its old id working with aliases={["old-id"]}.

<FAQ>
  <Question q="The first question?">
    The answer, in Markdown.
  </Question>
</FAQ>
*/}

{/* Pros and cons, each a Markdown list.

<ProsCons>
  <Pros>
    - **A benefit:** why it matters.
  </Pros>
  <Cons>
    - **A drawback:** why it matters.
  </Cons>
</ProsCons>
*/}

{/* An interview, each turn labelled with its speaker. It is marked as an excerpt unless you
    add excerpt={false}.

<Interview source="Who conducted it">
  <Turn speaker="Interviewer">The question?</Turn>
  <Turn speaker="Guest">The answer.</Turn>
</Interview>
*/}

{/* Pictures: make the piece a folder (content/pieces/${slug}/index.mdx) and put the files beside
    it. A lead image goes in the frontmatter (image: with src, alt, caption, credit; at least
    1,200 px wide); a picture in the text is a Figure, or ![What it shows](./chart.png).

<Figure src="./photo.jpg" alt="What the picture shows" caption="The line under it." credit="Photo: Who made it" />
*/}

{/* A locator map, drawn from Natural Earth: the area [west, south, east, north], countries by
    ISO code, places by latitude and longitude (kind: "area" for a sea or region, no dot).

<LocatorMap area={[97, 5, 147, 46]} highlight={["JPN", "VNM"]} places={[{ name: "Hanoi", lat: 21.03, lon: 105.85 }]} caption="Where Hanoi is." />
*/}

{/* A timeline: dated events, earliest first (a date is a year, a month or a day). Each event's
    source is optional; sourceUrl links it. An event out of order stops the build.

<Timeline>
  <Event date="2023-11" title="What happened" source="Who reported it">
    What happened, in a sentence or two.
  </Event>
  <Event date="2025-04-28" title="What happened next" source="Who reported it, and when" sourceUrl="https://example.com/">
    What happened next.
  </Event>
</Timeline>
*/}

[^source]: TODO: the source, with a [link](https://example.com/).
`;
}
