import { markdown } from '@codemirror/lang-markdown';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, Text } from '@codemirror/state';
import { EditorView, basicSetup } from 'codemirror';
import { showDay } from './dates.ts';
import { DEFAULT_EDITION, EDITIONS } from '../../features/editions/editions.ts';
import { formatMoment } from '../../features/editions/format.ts';
import type { Field } from './form-fields.ts';
import type { ListedEdition, ListedPiece } from './piece-list.ts';
import { pieceItems } from './piece-list-view.ts';
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

/** A problem as the editor's check answers it: a spelling problem names its word. */
type EditorProblem = Problem & { word?: string };

/** A file an action changed, as the server answers it (./actions/changes.ts). */
interface Change {
  file: string;
  change: 'added' | 'changed' | 'removed';
}

/** What the bar's actions answer: the files they changed, and a shared file they touched. */
interface ActionAnswer {
  changes: Change[];
  shared?: string;
}

interface Forms {
  /** The narrowest a lead image may be, in px (src/lib/piece-schema.ts). */
  leadImageMinWidth: number;
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

/** Offsets from UTC a schedule may name, −12:00 to +14:00, with the half and three-quarter hours in use. */
const OFFSETS = [
  ...Array.from({ length: 27 }, (_, i) => i - 12).map(
    (hours) => `${hours < 0 ? '-' : '+'}${String(Math.abs(hours)).padStart(2, '0')}:00`,
  ),
  '-09:30',
  '-03:30',
  '+03:30',
  '+04:30',
  '+05:30',
  '+05:45',
  '+06:30',
  '+08:45',
  '+09:30',
  '+10:30',
  '+12:45',
  '+13:45',
].sort((a, b) => minutesOf(a) - minutesOf(b));

function minutesOf(offset: string) {
  const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/** This computer's offset from UTC at a moment, as a schedule writes it (+09:00). */
function utcOffsetOf(date: Date) {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Whether this is a Mac, where the shortcuts use ⌘ instead of Ctrl. */
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export async function startEditor(page: Document) {
  const $ = <T extends HTMLElement>(name: string) => page.querySelector<T>(`[data-${name}]`)!;
  setUpLayout(page);
  if (isMac()) {
    for (const kbd of page.querySelectorAll<HTMLElement>('[data-kbd]'))
      kbd.textContent = `⌘${kbd.dataset['kbd']!.toUpperCase()}`;
  }
  let forms = await api<Forms>('forms');
  /** The shared files (dictionary, tags) actions changed for each piece: Publish commits them with it. */
  const sharedFor = new Map<string, Set<string>>();
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
    const pieces = await api<ListedPiece[]>('pieces');
    $('pieces').replaceChildren(
      ...pieceItems(page, pieces, {
        open: (name) => void open(name),
        translate: (piece, edition) =>
          void translate(piece, edition).catch((error: Error) => status(error.message)),
      }),
    );
    // The open piece stays marked when the list is drawn again (after an action).
    $('pieces')
      .querySelector(`[data-file="${CSS.escape(file)}"]`)
      ?.setAttribute('aria-current', 'true');
  }

  /** Starts a translation as `npm run new -- --translate` does, and opens it. */
  async function translate(piece: ListedPiece, edition: ListedEdition) {
    status(`Starting the ${edition.name} translation of ${piece.file}…`);
    const created = await api<{ file: string }>('translate', { piece: piece.name, edition: edition.code });
    await listPieces();
    await open(created.file);
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
    decorateForm();
    formBaseline = formValues();
    for (const button of $('actions').querySelectorAll('button')) button.disabled = false;
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
  function showProblems(problems: EditorProblem[]) {
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
      ...[...unplaced, ...inText].map(({ line, field, message, word }: EditorProblem) => {
        const item = page.createElement('li');
        item.append(
          Object.assign(page.createElement('span'), {
            textContent: `${line === undefined ? '' : `Line ${line}: `}${field ? `${field}: ` : ''}${message}`,
          }),
        );
        if (word) {
          item.append(
            Object.assign(page.createElement('button'), {
              type: 'button',
              className: 'button quiet',
              textContent: 'Add to dictionary',
              ariaLabel: `Add “${word}” to the dictionary`,
              onclick: () => void addToDictionary(word).catch(report),
            }),
          );
        }
        return item;
      }),
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
    return askForm({
      title: `<${name}>`,
      summary: component.summary,
      fields: component.fields,
      values,
      action,
    });
  }

  /**
   * Asks for a form's values in the dialog (a component's props, an action's settings, with
   * `extra` controls above the fields); resolves with them, or null when cancelled.
   */
  function askForm(form: {
    title: string;
    summary: string;
    fields: Field[];
    values?: Record<string, unknown>;
    action: string;
    extra?: HTMLElement[];
  }): Promise<Record<string, unknown> | null> {
    const dialog = $<HTMLDialogElement>('dialog');
    $('dialog-title').textContent = form.title;
    $('dialog-summary').textContent = form.summary;
    $('dialog-ok').textContent = form.action;
    $('dialog-problem').textContent = '';
    $('dialog-extra').replaceChildren(...(form.extra ?? []));
    renderFields($('dialog-fields'), form.fields, form.values ?? {});
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) =>
      dialog.addEventListener(
        'close',
        () => resolve(dialog.returnValue === 'ok' ? readFields($('dialog-fields'), form.fields) : null),
        { once: true },
      ),
    );
  }

  /** Lists the files an action changed, under what it did. */
  function showChanges(title: string, changes: Change[]) {
    $('changes').hidden = false;
    $('changes-title').textContent = title;
    $('changed').replaceChildren(
      ...changes.map(({ file: changedFile, change }) =>
        Object.assign(page.createElement('li'), { textContent: `${changedFile} (${change})` }),
      ),
    );
  }

  /** Saves the piece before an action changes its file on disk; false (and why, in the status) when it cannot. */
  async function savedFirst(): Promise<boolean> {
    if (!file) return false;
    return save();
  }

  /** Notes a shared file an action changed while this piece was open, for its Publish. */
  function touched(shared: string | undefined) {
    if (!shared || !file) return;
    sharedFor.set(file, new Set([...(sharedFor.get(file) ?? []), shared]));
  }

  /** Checks the text as it stands again (nothing saved): a word just added to the dictionary is known now. */
  async function checkAgain() {
    const { problems } = await api<{ problems: EditorProblem[] }>('check', {
      file,
      source: head + bodyText(),
      frontmatter: frontmatterChanges(),
      opened,
    });
    showProblems(problems);
    return problems;
  }

  async function addToDictionary(word: string) {
    const answer = await api<ActionAnswer>('dictionary', { word });
    touched(answer.shared);
    showChanges(`Added “${word}” to the dictionary`, answer.changes);
    const problems = await checkAgain();
    status(`Added “${word}” to the dictionary. ${problems.length} problem(s) left.`);
  }

  async function addTopic() {
    const editions = EDITIONS.map((edition) => ({
      name: `label-${edition.code}`,
      label: `Label in ${edition.name}`,
      required: edition === DEFAULT_EDITION,
      kind: 'text' as const,
      ...(edition !== DEFAULT_EDITION && { hint: 'Empty until the topic has its translation.' }),
    }));
    const values = await askForm({
      title: 'Add a topic',
      summary:
        'A topic of the site, for every piece: its id is the end of its page’s address (/tags/<id>/), and its label is what readers see in each edition.',
      fields: [
        {
          name: 'id',
          label: 'Id',
          hint: 'Lower case, words joined by hyphens, like southeast-asia.',
          required: true,
          kind: 'text',
        },
        ...editions,
      ],
      action: 'Add the topic',
    });
    if (!values) {
      status('No topic added.');
      return;
    }
    const id = String(values['id'] ?? '');
    const labels = Object.fromEntries(
      EDITIONS.map((edition) => [edition.code, String(values[`label-${edition.code}`] ?? '')]),
    );
    const answer = await api<ActionAnswer>('topic', { id, labels });
    touched(answer.shared);
    // The form again, with the new topic ticked and everything else as it was.
    const current = formValues();
    forms = await api<Forms>('forms');
    renderFields($('frontmatter'), forms.frontmatter, {
      ...current,
      tags: [...((current['tags'] as string[] | null) ?? []), id],
    });
    decorateForm();
    showChanges(`Added the topic “${id}”`, answer.changes);
    status(`Added the topic “${id}” and ticked it: save to keep it on this piece.`);
  }

  /** What the form gets beyond its fields: the Tags field's button for a new topic. */
  function decorateForm() {
    $('frontmatter')
      .querySelector('[data-field="tags"] fieldset')
      ?.append(
        Object.assign(page.createElement('button'), {
          type: 'button',
          className: 'button quiet',
          textContent: 'Add a topic…',
          onclick: () => void addTopic().catch(report),
        }),
      );
  }

  async function addPictureToPiece() {
    if (!(await savedFirst())) return;
    const picture = Object.assign(page.createElement('input'), {
      type: 'file',
      id: 'picture-file',
      accept: 'image/jpeg,image/png,image/webp,image/avif',
      required: true,
    });
    const label = Object.assign(page.createElement('label'), { htmlFor: picture.id, textContent: 'Picture' });
    const wrapper = page.createElement('div');
    wrapper.className = 'field';
    wrapper.append(label, picture);
    const imageFields = forms.frontmatter.find((field) => field.name === 'image')?.fields ?? [];
    const values = await askForm({
      title: 'Add a picture',
      summary: `The picture goes beside the piece, in its folder (a piece that is one file becomes a folder). As the lead image it must be at least ${forms.leadImageMinWidth.toLocaleString(DEFAULT_EDITION.lang)} px wide; otherwise it goes into the text at the cursor.`,
      fields: [
        { name: 'lead', label: 'Use it as the lead image', required: false, kind: 'boolean' },
        ...imageFields.filter((field) => field.name !== 'src'),
      ],
      values: { lead: true },
      action: 'Add the picture',
      extra: [wrapper],
    });
    const chosen = picture.files?.[0];
    if (!values || !chosen) {
      status('No picture added.');
      return;
    }
    status(`Adding ${chosen.name}…`);
    const data = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.onerror = () => reject(new Error(`Could not read ${chosen.name}.`));
      reader.readAsDataURL(chosen);
    });
    const words = (name: string) => String(values[name] ?? '');
    const lead = values['lead'] === true;
    const cursor = view.state.selection.main.head;
    const answer = await api<ActionAnswer & { file: string; src: string }>('picture', {
      file,
      name: chosen.name,
      data,
      ...(lead && { lead: { alt: words('alt'), caption: words('caption'), credit: words('credit') } }),
    });
    const moved = answer.file !== file;
    if (moved || lead) {
      sharedFor.set(answer.file, sharedFor.get(file) ?? new Set());
      await listPieces();
      await open(answer.file);
    }
    if (!lead) {
      const caption = words('caption') ? ` "${words('caption').replaceAll('"', '\\"')}"` : '';
      const at = Math.min(cursor, view.state.doc.length);
      const before = at > 0 && view.state.doc.lineAt(at).from !== at ? '\n\n' : '';
      view.dispatch({
        changes: { from: at, insert: textOf(`${before}![${words('alt')}](${answer.src}${caption})\n`) },
      });
    }
    showChanges(`Added the picture ${answer.src}`, answer.changes);
    status(
      (lead
        ? `Added ${answer.src} as the lead image.`
        : `Added ${answer.src} and put it in the text at the cursor: save to keep it there.`) +
        // Astro's dev server keeps the piece's old file in mind (the same id, a new path).
        (moved ? ' The piece is a folder now: if the preview shows an error, restart npm run dev.' : ''),
    );
  }

  async function schedule() {
    if (!(await savedFirst())) return;
    const written = String(formValues()['publishAt'] ?? '');
    const [, day, time, offset] =
      /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/.exec(written) ?? [];
    const values = await askForm({
      title: 'Schedule the piece',
      summary:
        'The piece goes live by itself at this moment (npm run publish-due publishes it); until then it is kept off the site like a draft. Leave the day empty to take the schedule off.',
      fields: [
        { name: 'day', label: 'Day', required: false, kind: 'date' },
        { name: 'time', label: 'Time', hint: '24-hour clock, like 06:00.', required: true, kind: 'text' },
        {
          name: 'offset',
          label: 'Offset from UTC',
          hint: 'Where the time is meant: +09:00 is Tokyo, +07:00 Hanoi, +00:00 London in winter.',
          required: true,
          kind: 'select',
          options: OFFSETS,
        },
      ],
      values: {
        day,
        time: time ?? '06:00',
        offset: offset === 'Z' ? '+00:00' : (offset ?? utcOffsetOf(new Date())),
      },
      action: 'Schedule',
    });
    if (!values) {
      status('Not scheduled.');
      return;
    }
    const publishAt = values['day']
      ? `${String(values['day'])}T${String(values['time'] ?? '')}:00${String(values['offset'])}`
      : null;
    const answer = await api<ActionAnswer>('schedule', { file, publishAt });
    await open(file);
    showChanges(publishAt ? `Scheduled for ${publishAt}` : 'Took the schedule off', answer.changes);
    status(
      publishAt
        ? `Scheduled: it goes live ${formatMoment(new Date(publishAt), DEFAULT_EDITION)}.`
        : 'The schedule is off.',
    );
  }

  async function publish() {
    if (!(await savedFirst())) return;
    const values = await askForm({
      title: 'Publish the piece',
      summary:
        'Runs the content check, records the piece’s links in the links manifest, and commits the piece’s files (with the dictionary and topics you changed for it) to git. Nothing else is committed.',
      fields: [
        {
          name: 'message',
          label: 'What changed',
          hint: 'The commit message, like “Add the piece on port fees”.',
          required: true,
          kind: 'text',
        },
      ],
      action: 'Publish',
    });
    if (!values) {
      status('Not published.');
      return;
    }
    status('Checking and publishing…');
    const answer = await api<ActionAnswer & { commit: string; links: string[]; linksNote?: string }>(
      'publish',
      {
        file,
        message: String(values['message'] ?? ''),
        shared: [...(sharedFor.get(file) ?? [])],
      },
    );
    sharedFor.delete(file);
    showChanges(`Committed ${answer.commit}`, answer.changes);
    status(
      `Published: commit ${answer.commit}, ${answer.links.length} new link(s) recorded.` +
        (answer.linksNote ? ` ${answer.linksNote}` : ''),
    );
  }

  async function rename() {
    if (!(await savedFirst())) return;
    const slug = file
      .replace(/(\/index)?\.mdx$/, '')
      .split('/')
      .at(-1)!;
    const values = await askForm({
      title: 'Rename the piece',
      summary:
        'A new address for the piece (the end of its URL). Every link to the old one keeps working: the old address, its answers’ share pages and its anchors lead to the new one, and the links manifest records both.',
      fields: [
        {
          name: 'to',
          label: 'New address',
          hint: 'Lower case, words joined by hyphens.',
          required: true,
          kind: 'text',
        },
      ],
      values: { to: slug },
      action: 'Rename',
    });
    if (!values) {
      status('Not renamed.');
      return;
    }
    const answer = await api<ActionAnswer & { file: string }>('rename', {
      file,
      to: String(values['to'] ?? ''),
    });
    await listPieces();
    await open(answer.file);
    showChanges(`Renamed to ${String(values['to'])}`, answer.changes);
    status(`Renamed: the piece is ${answer.file} now, and its old address leads to it.`);
  }

  async function withdraw() {
    if (!(await savedFirst())) return;
    const values = await askForm({
      title: 'Withdraw the piece',
      summary:
        'Takes the piece off the site at the next build: its address answers “Gone” with the reason below, and it leaves every list, feed and search. Its translations are withdrawn with it.',
      fields: [
        {
          name: 'reason',
          label: 'Reason',
          hint: 'Shown to readers, like “Withdrawn for legal reasons.”',
          required: true,
          kind: 'text',
        },
      ],
      action: 'Withdraw',
    });
    if (!values) {
      status('Not withdrawn.');
      return;
    }
    const answer = await api<ActionAnswer>('withdraw', { file, reason: String(values['reason'] ?? '') });
    await open(file);
    showChanges('Withdrawn', answer.changes);
    status('Withdrawn: publish to take it off the site.');
  }

  /**
   * The actions on the open piece, as buttons in the bar: each saves the piece first, then shows
   * the files it changed. Another action is one more entry.
   */
  const pieceActions: { label: string; run: () => Promise<void> }[] = [
    { label: 'Add a picture…', run: addPictureToPiece },
    { label: 'Schedule…', run: schedule },
    { label: 'Rename…', run: rename },
    { label: 'Withdraw…', run: withdraw },
    { label: 'Publish…', run: publish },
  ];
  $('actions').replaceChildren(
    ...pieceActions.map(({ label, run }) =>
      Object.assign(page.createElement('button'), {
        type: 'button',
        className: 'button quiet',
        textContent: label,
        disabled: true,
        onclick: () => void run().catch(report),
      }),
    ),
  );

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
