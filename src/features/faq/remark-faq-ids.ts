import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { question as questionDefinition } from './components/faq.props.ts';
import type { FaqEntry } from './faq.ts';
import { slugify } from '../../lib/slug.ts';
import { setPageData } from '../../markdown/page-data.ts';
import {
  componentProps,
  failAt,
  isMdxJsxElement,
  where,
  type MdxJsxElement,
} from '../../markdown/plugins/mdx-jsx.ts';

interface Claim {
  what: string;
  line: string;
}

/**
 * Gives every `<Question>` its anchor id at build time: the `id` prop, or else the question
 * slugged as rehype-slug slugs headings. Fails the build when two anchors on the page would clash
 * (two questions, a question and a heading, or an alias), naming both, because a clash silently
 * sends a shared link to the wrong answer.
 *
 * Also hands the page its FAQ (ids, questions, answers as HTML and text) as its `faq` page data
 * (src/markdown/page-data.ts), the one source for share pages, structured data and the link manifest.
 */
export function remarkFaqIds() {
  return (tree: Root, file: VFile) => {
    const claims = new Map<string, Claim>();
    const claim = (id: string, what: string, node: MdxJsxElement | Root['children'][number]) => {
      const previous = claims.get(id);
      const line = where(file, node);
      if (previous) {
        failAt(
          file,
          node,
          `the anchor id "${id}" is used twice: by ${previous.what} (${previous.line}) and by ${what}. ` +
            'Each FAQ answer needs its own id so shared links land on the right one: give one of them ' +
            'a different id="…" prop.',
        );
      }
      claims.set(id, { what, line });
    };

    // Headings are slugged in document order by one slugger, the way rehype-slug does it.
    const slugger = new GithubSlugger();
    visit(tree, 'heading', (node) => {
      const text = toString(node);
      claim(slugger.slug(text), `the heading "${text}"`, node);
    });

    const faq: FaqEntry[] = [];
    visit(tree, (node) => {
      if (!isMdxJsxElement(node) || node.name !== 'Question') return;
      const { q: question, id: explicitId, aliases } = componentProps(file, node, questionDefinition);
      const id = explicitId ?? slugify(question);
      claim(id, `the question "${question}"`, node);
      for (const alias of aliases) claim(alias, `an alias of the question "${question}"`, node);
      if (explicitId === undefined) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
      }
      const answer: Root = { type: 'root', children: node.children as Root['children'] };
      faq.push({
        id,
        question,
        aliases,
        answerHtml: toHtml(toHast(answer)),
        answerText: plainText(answer).replace(/\s+/g, ' ').trim(),
      });
    });

    setPageData(file, 'faq', faq);
  };
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableCell',
  'code',
]);

/** Text as a reader sees it: blocks (paragraphs, list items, cells) separated by a space. */
function plainText(node: Root | Root['children'][number]): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Root['children'])
    .map((child) => (BLOCKS.has(child.type) ? ` ${plainText(child)} ` : plainText(child)))
    .join('');
}
