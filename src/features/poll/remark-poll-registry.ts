import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { readerPoll } from './components/reader-poll.props.ts';
import { pollOptions, type PollDefinition } from './model.ts';
import { setPageData } from '../../markdown/page-data.ts';
import { componentProps, failAt, isMdxJsxElement, where } from '../../markdown/plugins/mdx-jsx.ts';

/**
 * Hands the page its polls (id, question, answers) as its `polls` page data (src/markdown/page-data.ts): the one
 * source for the site's poll registry, which the vote API checks every vote against.
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
      const { id, question, options } = componentProps(file, node, readerPoll);
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
      polls.push({ id, question, options: pollOptions(options) });
    });
    setPageData(file, 'polls', polls);
  };
}
