import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { editionByCode, DEFAULT_EDITION } from '../editions/editions.ts';
import { editionOfPieceFile } from '../glossary/glossary.ts';
import { failAt } from '../../markdown/plugins/mdx-jsx.ts';
import { placeAt } from '../../lib/problem.ts';
import { closest } from '../../lib/suggest.ts';
import { takeawayLength } from './takeaways.ts';

/**
 * Checks a piece's takeaways against what only its text and language can say (the content schema
 * has checked their number and shape, ./takeaways.ts): each is short enough in the piece's
 * language, and each section it links to is a heading of the piece. Either problem stops the
 * build naming the file, the line in the frontmatter and the field (`takeaways.1.section`).
 */
export function remarkTakeaways() {
  return (tree: Root, file: VFile) => {
    const takeaways = frontmatterTakeaways(file);
    if (takeaways.length === 0) return;
    // Text without a file (a test's) is in the default edition, like a piece outside an edition folder.
    const edition = (file.path && editionByCode(editionOfPieceFile(file.path))) || DEFAULT_EDITION;
    const sections = sectionIds(tree);
    takeaways.forEach(({ text, section }, index) => {
      if (typeof text === 'string') {
        const { length, max, unit } = takeawayLength(text, edition);
        if (length > max) {
          failAt(
            file,
            frontmatterNode(file, text),
            `takeaway ${index + 1} is ${length} ${unit} long; a takeaway is at most ${max} ${unit} in ${edition.name}. ` +
              'Say it in one short sentence and leave the detail to the section it links to.',
            { field: `takeaways.${index}.text` },
          );
        }
      }
      if (typeof section === 'string' && !sections.includes(section.trim())) {
        const hint = closest(section, sections);
        failAt(
          file,
          frontmatterNode(file, section),
          `takeaway ${index + 1} links to the section "${section}", which this piece does not have.` +
            (hint ? ` Did you mean "${hint}"?` : '') +
            ` Sections: ${sections.join(', ') || 'none (the piece has no headings)'}. ` +
            'Write the id of a heading (its link, without “#”), or remove section.',
          { field: `takeaways.${index}.section` },
        );
      }
    });
  };
}

/** The takeaways as written; what is not a list of objects is the schema's to report. */
function frontmatterTakeaways(file: VFile): { text?: unknown; section?: unknown }[] {
  const frontmatter = (file.data['astro'] as { frontmatter?: { takeaways?: unknown } } | undefined)
    ?.frontmatter;
  const takeaways = frontmatter?.takeaways;
  return Array.isArray(takeaways)
    ? takeaways.filter(
        (entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null,
      )
    : [];
}

/**
 * The ids the page gives its headings, in order: rehype-slug's (github-slugger over each heading's
 * text, a repeated one numbered), which is what Astro reports and the table of contents links to.
 */
function sectionIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (heading) => {
    ids.push(slugger.slug(toString(heading)));
  });
  return ids;
}

/**
 * Where a value is written in the file's frontmatter, for the editor's click; the file's top
 * otherwise. Read from the file itself: the text the pipeline is handed starts after the frontmatter.
 */
function frontmatterNode(file: VFile, value: string): Node {
  const source = file.path ? readFileSync(file.path, 'utf8') : String(file.value ?? '');
  const offset = source.indexOf(value);
  const { line, column } = offset >= 0 ? placeAt(source, offset) : { line: 1, column: 1 };
  return { type: 'yaml', position: { start: { line, column }, end: { line, column } } };
}
