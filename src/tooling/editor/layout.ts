/*
 * The workspace's panes in the browser: the side pane and the preview fold (their buttons in the
 * bar) and resize (their splitters, by pointer or by the arrow keys), and the page remembers both
 * for the next day in this browser.
 */

type Pane = 'side' | 'preview';
interface Layout {
  folded: Pane[];
  widths: Partial<Record<Pane, number>>;
}

const STORAGE_KEY = 'piece-editor-layout';
/** How far an arrow key moves a splitter, and the narrowest a pane or the text may be, in px. */
const STEP = 16;
const MIN_PANE = 224;
const MIN_TEXT = 384;

function stored(): Layout {
  try {
    const layout = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Layout>;
    return { folded: layout.folded ?? [], widths: layout.widths ?? {} };
  } catch {
    return { folded: [], widths: {} };
  }
}

export function setUpLayout(page: Document): void {
  const editor = page.querySelector<HTMLElement>('[data-editor]')!;
  const layout = stored();
  const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify(layout));

  const apply = () => {
    editor.dataset['folded'] = layout.folded.join(' ');
    for (const button of page.querySelectorAll<HTMLButtonElement>('[data-fold]')) {
      button.setAttribute('aria-expanded', String(!layout.folded.includes(button.dataset['fold'] as Pane)));
    }
    for (const pane of ['side', 'preview'] as const) {
      const width = layout.widths[pane];
      if (width === undefined) editor.style.removeProperty(`--${pane}-width`);
      else editor.style.setProperty(`--${pane}-width`, `${width}px`);
    }
    for (const splitter of page.querySelectorAll<HTMLElement>('[data-splitter]')) {
      const pane = page.getElementById(splitter.dataset['splitter']!)!;
      const width = Math.round(pane.getBoundingClientRect().width);
      splitter.setAttribute('aria-valuenow', String(width));
      splitter.setAttribute('aria-valuemin', String(MIN_PANE));
      splitter.setAttribute('aria-valuemax', String(maxWidth(pane.id as Pane)));
    }
  };

  /** The widest a pane may be: the text keeps its room, and so does the other pane. */
  const maxWidth = (pane: Pane) => {
    const other = page.getElementById(pane === 'side' ? 'preview' : 'side')!;
    return Math.max(MIN_PANE, editor.clientWidth - MIN_TEXT - other.getBoundingClientRect().width);
  };
  const resize = (pane: Pane, width: number) => {
    layout.widths[pane] = Math.round(Math.min(maxWidth(pane), Math.max(MIN_PANE, width)));
    apply();
  };

  for (const button of page.querySelectorAll<HTMLButtonElement>('[data-fold]')) {
    button.addEventListener('click', () => {
      const pane = button.dataset['fold'] as Pane;
      layout.folded = layout.folded.includes(pane)
        ? layout.folded.filter((p) => p !== pane)
        : [...layout.folded, pane];
      apply();
      save();
    });
  }

  for (const splitter of page.querySelectorAll<HTMLElement>('[data-splitter]')) {
    const pane = splitter.dataset['splitter'] as Pane;
    const element = page.getElementById(pane)!;
    // The side pane grows to the right, the preview to the left.
    const direction = pane === 'side' ? 1 : -1;
    splitter.addEventListener('pointerdown', (down) => {
      splitter.setPointerCapture(down.pointerId);
      const start = element.getBoundingClientRect().width;
      const move = (event: PointerEvent) => resize(pane, start + direction * (event.clientX - down.clientX));
      splitter.addEventListener('pointermove', move);
      splitter.addEventListener(
        'pointerup',
        () => {
          splitter.removeEventListener('pointermove', move);
          save();
        },
        { once: true },
      );
    });
    splitter.addEventListener('keydown', (event) => {
      const step = { ArrowRight: STEP, ArrowLeft: -STEP }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      resize(pane, element.getBoundingClientRect().width + direction * step);
      save();
    });
  }
  apply();
}
