import { markdown } from '@codemirror/lang-markdown';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, Text } from '@codemirror/state';
import { EditorView, basicSetup } from 'codemirror';
import { showDay } from './dates.ts';
import type { Field } from './form-fields.ts';
import { readFields, renderFields, showFieldProblems, unreadableDays } from './forms.ts';
import { setUpLayout } from './layout.ts';
import { SHORTCUTS } from './shortcuts.ts';
import { editorApiUrl } from '../../integrations/editor-paths.ts';
import type { JsonErrorBody } from '../../lib/json-error.ts';
import type { Problem } from '../../lib/problem.ts';

/*
 * The piece editor in the browser: the pieces, the frontmatter form, the text of the piece in
 * CodeMirror, the Insert and Edit menus and the preview. The server (./api.ts) does every change to
 * the file's bytes; this page only sends what the editor changed.
 */

/** A piece's text as the server answers it: whole, and its frontmatter block (`head`) and body apart. */
interface PieceText {
  source: string;
  head: string;
  body: string;
}

interface Forms {
  frontmatter: Field[];
  components: { name: string; summary: string; fields: Field[] }[];
}

const api = async <T>(path: string, body?: unknown): Promise<T> => {
  const [route, query] = path.split('?');
  const url = editorApiUrl(route!, query);
  const response = await fetch(
    url,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  const data = (await response.json()) as T & Partial<JsonErrorBody>;
  if (!response.ok)
    throw new Error(data.error?.message ?? `The editor's server answered ${response.status}.`);
  return data;
};

/** The line break a text mostly uses (`\r\n` or `\n`); `\n` when it has none. */
function lineBreakOf(text: string): string {
  const counts = new Map<string, number>();
  for (const [found] of text.matchAll(/\r\n|\r|\n/g)) counts.set(found, (counts.get(found) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\n';
}

/** Two values as JSON, to tell whether a field was changed. */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The text in the site's reading face and colours. CodeMirror's own styles are unlayered, so they
 * would beat the page's layered ones (./editor.css): its theme sets these instead.
 */
const TEXT_THEME = EditorView.theme({
  '&': { height: '100%', fontSize: 'var(--text-base)', backgroundColor: 'var(--color-bg)' },
  '.cm-scroller': { fontFamily: 'var(--font-body)', lineHeight: 'var(--leading-body)' },
  '.cm-content': { caretColor: 'var(--color-text)', paddingBlock: 'var(--space-sm)' },
  '.cm-line': { paddingInline: 'var(--space-sm)' },
  '.cm-gutters': {
    backgroundColor: 'var(--color-surface)',
    color: 'var(--color-text-muted)',
    borderInlineEnd: 'var(--border-width) solid var(--color-border)',
    fontFamily: 'var(--font-ui)',
    fontSize: 'var(--text-xs)',
  },
  '.cm-activeLine, .cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--color-highlight) 45%, transparent)',
  },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--color-highlight)',
  },
});

/** Whether this is a Mac, where the shortcuts use ⌘ instead of Ctrl. */
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export async function startEditor(page: Document) {
  const $ = <T extends HTMLElement>(name: string) => page.querySelector<T>(`[data-${name}]`)!;
  setUpLayout(page);
  if (isMac()) {
    for (const kbd of page.querySelectorAll<HTMLElement>('[data-kbd]'))
      kbd.textContent = `⌘${kbd.dataset['kbd']!.toUpperCase()}`;
  }
  const forms = await api<Forms>('forms');
  let file = '';
  let head = '';
  /** The piece as it was opened: a field set back to its value there is written back as it was. */
  let opened = '';
  /** The form's values as last opened or saved: only the fields changed since are sent. */
  let formBaseline: Record<string, unknown> = {};
  const view = new EditorView({ parent: $('code'), state: editorState('', '\n') });
  const status = (text: string) => ($('status').textContent = text);

  /**
   * The editor's state for a piece's text. CodeMirror splits lines at its one line separator and
   * joins them with it, so it is set to the line break the file uses: the text comes back with the
   * same bytes (a stray other line break stays in its line, shown as a special character), and a
   * new line or pasted text gets the file's line breaks.
   */
  function editorState(doc: string, lineBreak: string) {
    return EditorState.create({
      doc,
      extensions: [
        basicSetup,
        markdown(),
        lintGutter(),
        EditorView.lineWrapping,
        TEXT_THEME,
        EditorState.lineSeparator.of(lineBreak),
        EditorView.clipboardInputFilter.of((text, state) => text.replace(/\r\n|\r|\n/g, state.lineBreak)),
      ],
    });
  }

  /** The text of the piece as the file will hold it (CodeMirror's positions count a line break as one). */
  const bodyText = () => view.state.sliceDoc();
  /** A position in the editor as an offset into `bodyText()`. */
  const offsetOf = (position: number) =>
    position + (view.state.lineBreak.length - 1) * (view.state.doc.lineAt(position).number - 1);
  /** Text with `\n` line breaks (the server's markup) as a document piece, lines and all. */
  const textOf = (text: string) => Text.of(text.split(/\r\n|\r|\n/));

  /** Replaces the editor's text with `next`, changing only the stretch that differs (undo keeps working). */
  function replaceText(next: string) {
    const target = view.state.toText(next);
    const [current, wanted] = [view.state.doc.toString(), target.toString()];
    let from = 0;
    while (from < current.length && current[from] === wanted[from]) from++;
    let end = 0;
    while (
      end < current.length - from &&
      end < wanted.length - from &&
      current.at(-1 - end) === wanted.at(-1 - end)
    )
      end++;
    view.dispatch({
      changes: { from, to: current.length - end, insert: target.slice(from, wanted.length - end) },
    });
  }

  async function listPieces() {
    const pieces = await api<{ file: string; title: string; draft: boolean }[]>('pieces');
    $('pieces').replaceChildren(
      ...pieces.map((piece) => {
        const item = page.createElement('li');
        const button = Object.assign(page.createElement('button'), {
          type: 'button',
          textContent: `${piece.title}${piece.draft ? ' (draft)' : ''}`,
          onclick: () => void open(piece.file),
        });
        button.dataset['file'] = piece.file;
        if (piece.file === file) button.setAttribute('aria-current', 'true');
        item.append(button);
        return item;
      }),
    );
  }

  async function open(name: string) {
    const piece = await api<PieceText & { frontmatter: Record<string, unknown>; path: string }>(
      `piece?file=${encodeURIComponent(name)}`,
    );
    file = name;
    opened = piece.source;
    head = piece.head;
    view.setState(editorState(piece.body, lineBreakOf(piece.body || head)));
    renderFields($('frontmatter'), forms.frontmatter, piece.frontmatter);
    formBaseline = formValues();
    $('empty').hidden = true;
    $<HTMLIFrameElement>('preview').src = piece.path;
    $('current').textContent = name;
    for (const button of $('pieces').querySelectorAll('[data-file]')) {
      if (button.getAttribute('data-file') === name) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    showProblems([]);
    status(`Editing ${name}.`);
  }

  /**
   * Each problem where the editor will look for it: a frontmatter field's beside the field, one in
   * the text in the gutter at its line and column, and every one in the list, with its line.
   */
  function showProblems(problems: Problem[]) {
    const headLines = head.split(/\r\n|\r|\n/).length - 1;
    const inText = problems.filter((p) => p.line !== undefined && p.line > headLines);
    const unplaced = showFieldProblems(
      $('frontmatter'),
      problems.filter((p) => !inText.includes(p)),
    );
    const diagnostics: Diagnostic[] = inText.flatMap(({ line, column, message }) => {
      const at = line! - headLines;
      if (at > view.state.doc.lines) return [];
      const { from, to } = view.state.doc.line(at);
      return [{ from: Math.min(from + (column ?? 1) - 1, to), to, severity: 'error', message }];
    });
    view.dispatch(setDiagnostics(view.state, diagnostics));
    $('problems').replaceChildren(
      ...[...unplaced, ...inText].map(({ line, field, message }) =>
        Object.assign(page.createElement('li'), {
          textContent: `${line === undefined ? '' : `Line ${line}: `}${field ? `${field}: ` : ''}${message}`,
        }),
      ),
    );
  }

  /** The form's values, a field left empty as null: JSON has no undefined, and it means "remove". */
  function formValues() {
    const values = readFields($('frontmatter'), forms.frontmatter);
    return Object.fromEntries(forms.frontmatter.map(({ name }) => [name, values[name] ?? null]));
  }

  /**
   * Only the fields the editor changed since the piece was opened or saved: a field the form cannot
   * show exactly as written (a line break in a one-line box) is left as it is unless it is edited.
   */
  function frontmatterChanges() {
    const values = formValues();
    return Object.fromEntries(
      Object.entries(values).filter(([name, value]) => !sameJson(value, formBaseline[name])),
    );
  }

  async function save() {
    if (!file) return false;
    const days = unreadableDays($('frontmatter'));
    if (days.length) {
      status(`Not saved: ${days.join(', ')} names no day. Write it like ${showDay('2025-04-28')}.`);
      return false;
    }
    status('Checking…');
    const values = formValues();
    const result = await api<PieceText & { problems: Problem[]; saved: boolean }>('save', {
      file,
      source: head + bodyText(),
      frontmatter: frontmatterChanges(),
      opened,
    });
    // The answer's text holds the form's values, saved or not: they are the baseline from now on.
    formBaseline = values;
    head = result.head;
    replaceText(result.body);
    showProblems(result.problems);
    if (result.saved) {
      status(
        result.problems.length
          ? `Saved as a draft, with ${result.problems.length} problem(s) to fix before it is published.`
          : 'Saved.',
      );
      $<HTMLIFrameElement>('preview').contentWindow?.location.reload();
      await listPieces();
    } else {
      status(
        `Not saved: ${result.problems.length} problem(s) would stop the build. Fix them, or mark the piece a draft.`,
      );
    }
    return result.saved;
  }

  /** Asks for a component's props in the dialog; resolves with them, or null when cancelled. */
  function askProps(
    name: string,
    values: Record<string, unknown>,
    action: string,
  ): Promise<Record<string, unknown> | null> {
    const component = forms.components.find((c) => c.name === name)!;
    const dialog = $<HTMLDialogElement>('dialog');
    $('dialog-title').textContent = `<${name}>`;
    $('dialog-summary').textContent = component.summary;
    $('dialog-ok').textContent = action;
    $('dialog-problem').textContent = '';
    renderFields($('dialog-fields'), component.fields, values);
    dialog.showModal();
    return new Promise((resolve) =>
      dialog.addEventListener(
        'close',
        () => resolve(dialog.returnValue === 'ok' ? readFields($('dialog-fields'), component.fields) : null),
        {
          once: true,
        },
      ),
    );
  }

  const insert = $<HTMLSelectElement>('insert');
  insert.append(
    ...forms.components.map(({ name }) =>
      Object.assign(page.createElement('option'), { value: name, textContent: `<${name}>` }),
    ),
  );
  async function insertComponent(name: string) {
    if (!name || !file) return;
    status(`Inserting <${name}>…`);
    const props = await askProps(name, {}, 'Insert');
    if (!props) {
      status('Nothing inserted.');
      return;
    }
    const { markup } = await api<{ markup: string }>('component/markup', { name, props });
    const { from, to } = view.state.selection.main;
    // Inserted on lines of its own; what goes inside it is selected, ready to be written over. In
    // the editor's positions a line break is one character, whatever the file's line breaks are.
    const before = from > 0 && view.state.doc.lineAt(from).from !== from ? '\n\n' : '';
    const text = `${before}${markup}\n`;
    const inside = markup.indexOf('>\n') + 2;
    view.dispatch({
      changes: { from, to, insert: textOf(text) },
      selection: markup.includes('</')
        ? { anchor: from + before.length + inside, head: from + before.length + markup.lastIndexOf('\n</') }
        : { anchor: from + text.length },
    });
    view.focus();
    status(`Inserted <${name}>.`);
  }

  async function editComponent() {
    if (!file) return;
    status('Reading the component at the cursor…');
    const source = head + bodyText();
    const offset = head.length + offsetOf(view.state.selection.main.head);
    const found = await api<{ name: string; props: Record<string, unknown> } | null>('component', {
      source,
      offset,
    });
    if (!found) {
      status('Put the cursor inside a component first.');
      return;
    }
    const props = await askProps(found.name, found.props, 'Apply');
    if (!props) {
      status('Nothing changed.');
      return;
    }
    const edited = await api<PieceText>('component/apply', { source, offset, props });
    replaceText(edited.body);
    view.focus();
    status(`Changed <${found.name}>.`);
  }

  const report = (error: Error) => status(error.message);
  insert.addEventListener('change', () => {
    const name = insert.value;
    insert.value = '';
    void insertComponent(name).catch(report);
  });
  $('edit-component').addEventListener('click', () => void editComponent().catch(report));
  $('save').addEventListener('click', () => void save().catch(report));
  // The shortcuts work wherever the focus is, in the text or in a field; the browser's own Save
  // page and Ctrl+K are the editor's here.
  page.addEventListener('keydown', (event) => {
    if (!(isMac() ? event.metaKey : event.ctrlKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key === SHORTCUTS.save.key) {
      event.preventDefault();
      void save().catch(report);
    } else if (key === SHORTCUTS.insert.key && file) {
      event.preventDefault();
      insert.focus();
      try {
        insert.showPicker();
      } catch {
        // A browser that cannot open the menu from a key leaves it focused: arrows choose.
      }
    }
  });
  $<HTMLFormElement>('new').addEventListener('submit', async (event) => {
    event.preventDefault();
    const title = new FormData(event.target as HTMLFormElement).get('title');
    try {
      const created = await api<{ file: string }>('new', { title });
      await listPieces();
      await open(created.file);
    } catch (error) {
      status((error as Error).message);
    }
  });
  await listPieces();
  status('Choose a piece, or start a new one.');
}
