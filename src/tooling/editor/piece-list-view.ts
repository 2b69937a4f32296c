import type { ListedEdition, ListedPiece } from './piece-list.ts';

/** What the list's buttons do: open a piece's file, or start its translation into an edition. */
interface PieceListActions {
  open: (file: string) => void;
  translate: (piece: ListedPiece, edition: ListedEdition) => void;
}

/**
 * The editor's list of pieces (./piece-list.ts), one item each: the piece's headline, which opens
 * it, then its editions in their own names, "Japan and Vietnam… — English · 日本語 · Tiếng Việt":
 * a translation opens its file, an edition without one offers "Start a translation".
 */
export function pieceItems(
  page: Document,
  pieces: readonly ListedPiece[],
  actions: PieceListActions,
): HTMLElement[] {
  const element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Partial<HTMLElementTagNameMap[K]> = {},
  ) => Object.assign(page.createElement(tag), props);
  const draft = (is: boolean | undefined) => (is ? ' (draft)' : '');
  return pieces.map((piece) => {
    const title = element('button', {
      type: 'button',
      textContent: `${piece.title}${draft(piece.draft)}`,
      onclick: () => actions.open(piece.file),
    });
    title.dataset['file'] = piece.file;
    const item = element('li');
    item.append(title);
    if (piece.editions.length < 2) return item;

    const editions = element('p', { className: 'editions' });
    editions.setAttribute('aria-label', `Editions of “${piece.title}”`);
    editions.append('— ');
    piece.editions.forEach((edition, index) => {
      if (index > 0) editions.append(' · ');
      const name = element('span', { lang: edition.lang, textContent: edition.name });
      if (edition.file === piece.file) {
        // The edition the headline above opens.
        editions.append(name);
      } else if (edition.file) {
        const file = edition.file;
        const open = element('button', { type: 'button', onclick: () => actions.open(file) });
        open.dataset['file'] = file;
        open.append(name, draft(edition.draft));
        editions.append(open);
      } else {
        const start = element('button', {
          type: 'button',
          className: 'translate',
          onclick: () => actions.translate(piece, edition),
        });
        start.append('Start a translation: ', name);
        editions.append(start);
      }
    });
    item.append(editions);
    return item;
  });
}
