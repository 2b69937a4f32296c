/**
 * "Copy link to this quote": while a passage of the piece is selected, a button beside it copies a
 * link that opens the piece scrolled to the passage, highlighted (a text fragment, `#:~:text=…`),
 * and, where a browser cannot follow text fragments, at the passage's section
 * (`<page>#<section>:~:text=…`). Loaded by QuoteLinks.astro on the reader's first selection; its
 * words and its button come from there. The button follows the selection in the page's order and
 * is the next Tab's stop; the page's copy-link status (CopyLinks.astro, a live region) says when
 * the link is copied, as it does for the section links; Esc puts the button away.
 */
import { pageWords, textDirective } from './text-fragment.ts';

const template = document.querySelector<HTMLTemplateElement>('template[data-quote-link]')!;
const button = template.content.querySelector('button')!.cloneNode(true) as HTMLButtonElement;
const status = document.querySelector<HTMLElement>('[data-copy-status]');
const { copied = '', failed = '' } = template.dataset;
const label = button.textContent;
const article = document.querySelector('article')!;
const page = (document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href).split(
  '#',
)[0];
let link = '';
let timer: ReturnType<typeof setTimeout> | undefined;
let shown: ReturnType<typeof setTimeout> | undefined;

/** The element whose text runs together with this node's: the nearest one not laid out inline. */
const blockOf = (node: Node) => {
  let element = node.parentElement!;
  while (element !== document.body && getComputedStyle(element).display === 'inline')
    element = element.parentElement!;
  return element;
};

/** The link to the selected passage, or '' when nothing of the piece is selected. */
function linkTo(range: Range): string {
  if (!article.contains(range.commonAncestorContainer)) return '';
  // The page's text as the browser searches it: what is rendered, in blocks, without this button.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      button.contains(node) || !node.parentElement!.checkVisibility({ visibilityProperty: true })
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const blocks: string[] = [];
  let block: Element | undefined;
  let offset = 0;
  let start = -1;
  let end = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const its = blockOf(node);
    if (its !== block) {
      if (blocks.length) offset++;
      blocks.push('');
      block = its;
    }
    const length = node.data.length;
    if (start < 0 && range.comparePoint(node, length) >= 0) {
      start = offset + (range.startContainer === node ? range.startOffset : 0);
    }
    if (range.comparePoint(node, 0) <= 0)
      end = offset + (range.endContainer === node ? range.endOffset : length);
    // Line breaks mark blocks, so the text's own whitespace becomes spaces, place for place.
    blocks[blocks.length - 1] += node.data.replace(/\s/g, ' ');
    offset += length;
  }
  const { text, words } = pageWords(blocks, document.documentElement.lang);
  const from = words.findIndex((word) => word.end > start);
  const to = words.findLastIndex((word) => word.start < end) + 1;
  if (start < 0 || from < 0 || to <= from) return '';
  const section = [...article.querySelectorAll('[data-anchor][id]')]
    .filter(
      (anchor) => anchor.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
    .at(-1)?.id;
  return `${page}#${section ?? ''}:~:${textDirective(text, words, from, to)}`;
}

function hide() {
  button.remove();
}

function update() {
  const selection = getSelection();
  const range =
    selection && !selection.isCollapsed && selection.rangeCount ? selection.getRangeAt(0) : undefined;
  if (range && button.contains(range.commonAncestorContainer)) return;
  link = range ? linkTo(range) : '';
  if (!range || !link) return hide();
  button.textContent = label;
  // At the end of the block the selection ends in: what follows it in the page's order, and valid
  // inside a <p> or an <li>.
  const rect = [...range.getClientRects()].at(-1) ?? range.getBoundingClientRect();
  const end = range.endContainer;
  const block = (end.parentElement ?? (end as Element)).closest(
    'p, li, h1, h2, h3, h4, dt, dd, td, th, blockquote, figcaption',
  );
  const host = block && article.contains(block) ? block : article;
  // Moving the button would take the focus from it.
  if (button.parentElement !== host) host.append(button);
  const parent = button.offsetParent;
  const origin =
    parent && parent !== document.body ? parent.getBoundingClientRect() : { top: -scrollY, left: -scrollX };
  // Under the end of the selection, inside the text's column; physical coordinates, as the
  // selection's rectangles are.
  const column = article.getBoundingClientRect();
  const left = Math.max(column.left, Math.min(rect.right, column.right) - button.offsetWidth);
  button.style.top = `${rect.bottom - origin.top}px`;
  button.style.left = `${left - origin.left}px`;
}

button.addEventListener('mousedown', (event) => event.preventDefault());
function announce(message: string) {
  if (!status) return;
  status.textContent = message;
  status.classList.add('shown');
  clearTimeout(shown);
  shown = setTimeout(() => status.classList.remove('shown'), 5000);
}

button.addEventListener('click', async () => {
  // The passage as it is now: the button may have come before the selection was finished.
  const selection = getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount)
    link = linkTo(selection.getRangeAt(0)) || link;
  try {
    await navigator.clipboard.writeText(link);
    button.textContent = copied;
    announce(copied);
  } catch {
    announce(`${failed} ${link}`);
  }
});
document.addEventListener('keydown', (event) => {
  if (!button.isConnected) return;
  if (event.key === 'Escape') hide();
  // The next Tab after selecting reaches the button, wherever selecting left the focus (a click
  // inside the text focuses the page's main region, whose first link would come next).
  const focus = document.activeElement;
  if (
    event.key === 'Tab' &&
    !event.shiftKey &&
    focus !== button &&
    focus?.contains(getSelection()?.anchorNode ?? null)
  ) {
    event.preventDefault();
    button.focus();
  }
});
document.addEventListener('selectionchange', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
});
update();
