import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { failAt, isMdxJsxElement, readAttribute, where } from '../../markdown/plugins/mdx-jsx.ts';

/**
 * Checks every `<Timeline>` at build time (its events' props are checked with every component's,
 * by remark-mdx-components): it holds `<Event>`s and nothing else, at least one, earliest first; an
 * `<Event>` stands only in a `<Timeline>`. Each problem stops the build naming the event and its line.
 * Dates compare as written: a year alone sorts before its months, and a month before its days.
 */
export function remarkTimeline() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, _index, parent) => {
      if (!isMdxJsxElement(node)) return;
      if (node.name === 'Event' && !(parent && isMdxJsxElement(parent) && parent.name === 'Timeline')) {
        failAt(
          file,
          node,
          `${describe(file, node)} stands outside a <Timeline>. Put it between <Timeline> and </Timeline> with the other events.`,
        );
      }
      if (node.name !== 'Timeline') return;
      const events = node.children.filter((child) => !isComment(child));
      if (events.length === 0) {
        failAt(
          file,
          node,
          '<Timeline> holds no events. Add at least one, like <Event date="2023-11-27" title="What happened">…</Event>.',
        );
      }
      let previous: { date: string; node: RootContent } | undefined;
      for (const child of events) {
        if (!isMdxJsxElement(child) || child.name !== 'Event') {
          failAt(
            file,
            child,
            `<Timeline> holds <Event>s only, but here it holds ${child.type === 'paragraph' ? 'text' : isMdxJsxElement(child) ? `<${child.name}>` : `a ${child.type}`}. ` +
              'Move it before or after the timeline, or make it an <Event>.',
          );
        }
        const date = String(readAttribute(file, child, 'date'));
        if (previous && date < previous.date) {
          failAt(
            file,
            child,
            `${describe(file, child)} comes after the event dated ${previous.date} (${where(file, previous.node)}), ` +
              'but a timeline runs from the earliest event to the latest (a year alone counts as its start). ' +
              'Move the event up to its place, or fix its date.',
            { field: 'date' },
          );
        }
        previous = { date, node: child };
      }
    });
  };
}

/** `<Event date="2018-03-08" title="The CPTPP is signed">`: the event as the editor wrote it. */
function describe(file: VFile, node: Parameters<typeof readAttribute>[1]): string {
  const title = readAttribute(file, node, 'title');
  return `<Event date="${String(readAttribute(file, node, 'date'))}"${title ? ` title="${String(title)}"` : ''}>`;
}

/** An expression holding only a comment: an event commented out. */
function isComment(node: RootContent): boolean {
  return node.type === 'mdxFlowExpression' && (node.data?.estree?.body.length ?? 0) === 0;
}
