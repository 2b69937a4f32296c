import { markdown } from '@codemirror/lang-markdown';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import type { Field } from './form-fields.ts';
import { readFields, renderFields, showFieldProblems } from './forms.ts';
import { editorApiUrl } from '../../integrations/editor-paths.ts';

/*
 * The piece editor in the browser: the pieces, the frontmatter form, the text of the piece in
 * CodeMirror, the Insert and Edit menus and the preview. The server (./api.ts) does every change to
 * the file's bytes; this page only sends what the editor changed.
 */

interface Forms {
  frontmatter: Field[];
  components: { name: string; summary: string; fields: Field[] }[];
}
interface Problem {
  line: number;
  message: string;
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
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `The editor's server answered ${response.status}.`);
  return data;
};

/** The frontmatter block (with its `---` lines) and the text after it. */
const split = (source: string) => {
  const head = /^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.exec(source)?.[0] ?? '';
  return { head, body: source.slice(head.length) };
};

export async function startEditor(page: Document) {
  const $ = <T extends HTMLElement>(name: string) => page.querySelector<T>(`[data-${name}]`)!;
  const forms = await api<Forms>('forms');
  let file = '';
  let head = '';
  const view = new EditorView({
    parent: $('code'),
    extensions: [basicSetup, markdown(), lintGutter(), EditorView.lineWrapping],
  });
  const status = (text: string) => ($('status').textContent = text);

  /** Replaces the editor's text with `next`, changing only the stretch that differs (undo keeps working). */
  function replaceText(next: string) {
    const current = view.state.doc.toString();
    let from = 0;
    while (from < current.length && current[from] === next[from]) from++;
    let end = 0;
    while (
      end < current.length - from &&
      end < next.length - from &&
      current.at(-1 - end) === next.at(-1 - end)
    )
      end++;
    view.dispatch({
      changes: { from, to: current.length - end, insert: next.slice(from, next.length - end) },
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
        item.append(button);
        return item;
      }),
    );
  }

  async function open(name: string) {
    const piece = await api<{ source: string; frontmatter: Record<string, unknown>; path: string }>(
      `piece?file=${encodeURIComponent(name)}`,
    );
    file = name;
    ({ head } = split(piece.source));
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: split(piece.source).body } });
    renderFields($('frontmatter'), forms.frontmatter, piece.frontmatter);
    $('empty').hidden = true;
    $<HTMLIFrameElement>('preview').src = piece.path;
    showProblems([]);
    status(`Editing ${name}.`);
  }

  function showProblems(problems: Problem[]) {
    const headLines = head.split('\n').length - 1;
    const unplaced = showFieldProblems(
      $('frontmatter'),
      problems.filter((p) => p.line <= headLines).map((p) => p.message),
    );
    const inText = problems.filter((p) => p.line > headLines);
    const diagnostics: Diagnostic[] = inText.flatMap(({ line, message }) => {
      const at = line - headLines;
      if (at > view.state.doc.lines) return [];
      const { from, to } = view.state.doc.line(at);
      return [{ from, to, severity: 'error', message }];
    });
    view.dispatch(setDiagnostics(view.state, diagnostics));
    $('problems').replaceChildren(
      ...[...unplaced.map((message) => ({ line: 1, message })), ...inText].map(({ line, message }) =>
        Object.assign(page.createElement('li'), { textContent: `Line ${line}: ${message}` }),
      ),
    );
  }

  /** The form's values, a field left empty as null: JSON has no undefined, and it means "remove". */
  function frontmatterChanges() {
    const values = readFields($('frontmatter'), forms.frontmatter);
    return Object.fromEntries(forms.frontmatter.map(({ name }) => [name, values[name] ?? null]));
  }

  async function save() {
    if (!file) return;
    status('Checking…');
    const result = await api<{ source: string; problems: Problem[]; saved: boolean }>('save', {
      file,
      source: head + view.state.doc.toString(),
      frontmatter: frontmatterChanges(),
    });
    ({ head } = split(result.source));
    replaceText(split(result.source).body);
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
    // Inserted on lines of its own; what goes inside it is selected, ready to be written over.
    const before = from > 0 && view.state.doc.sliceString(from - 1, from) !== '\n' ? '\n\n' : '';
    const text = `${before}${markup}\n`;
    const inside = markup.indexOf('>\n') + 2;
    view.dispatch({
      changes: { from, to, insert: text },
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
    const source = head + view.state.doc.toString();
    const offset = head.length + view.state.selection.main.head;
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
    const edited = await api<{ source: string }>('component/apply', { source, offset, props });
    replaceText(split(edited.source).body);
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
