import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { pollOptions } from '../lib/poll-rules.ts';
import type { PollDefinition } from '../lib/polls.ts';
import { failAt, isMdxJsxElement, stringArrayAttribute, stringAttribute, where } from './mdx-jsx.ts';

/**
 * Hands the page its polls (id, question, answers) as `polls` in the remark frontmatter: the one
 * source for the site's poll registry, which the vote API checks every vote against. Runs after
 * remark-mdx-components, which has already checked each poll's props.
 *
 * Two polls with one id in a piece would pool their votes, so that stops the build here; across
 * pieces, `buildPollRegistry` catches it.
 */
export function remarkPollRegistry() {
  return (tree: Root, file: VFile) => {
    const polls: PollDefinition[] = [];
    const lines = new Map<string, string>();
    visit(tree, (node) => {
      if (!isMdxJsxElement(node) || node.name !== 'ReaderPoll') return;
      const id = stringAttribute(file, node, 'id') ?? '';
      const earlier = lines.get(id);
      if (earlier) {
        failAt(
          file,
          node,
          `the poll id "${id}" is already used by the poll at ${earlier}. Votes are stored by poll id, ` +
            'so each poll needs its own: give this <ReaderPoll> a different id="…".',
        );
      }
      lines.set(id, where(file, node));
      polls.push({
        id,
        question: (stringAttribute(file, node, 'question') ?? '').trim(),
        options: pollOptions(stringArrayAttribute(file, node, 'options') ?? []),
      });
    });
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, polls };
  };
}
