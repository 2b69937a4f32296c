import { LOCALE } from '../../lib/locale.ts';
import { LAYER_ORDER } from '../../styles/layers.ts';
import { fontFaces } from './fonts.ts';
import { SHORTCUTS } from './shortcuts.ts';

/** A shortcut as the page shows it beside its button (Ctrl+S; the page swaps in ⌘ on a Mac). */
const kbd = (key: string) => `<kbd aria-hidden="true" data-kbd="${key}">Ctrl+${key.toUpperCase()}</kbd>`;

/**
 * The piece editor's page, served by its dev-server middleware (src/integrations/editor.ts) as it
 * is: not an Astro page, so the dev server's live reload, which fires whenever a piece changes on
 * disk, never throws away what the editor is doing. Vite serves its script and styles; the layer order
 * comes first, as on every page of the site, then the site's two faces (not an Astro page, so no
 * `<Font>` writes them).
 *
 * The workspace: a bar with the folds; the side pane (the pieces, then the piece's frontmatter
 * form), the text, and the preview, the side pane and the preview each folding and resizing (their
 * splitters), so the text gets the room.
 *
 * @public Loaded by src/integrations/editor.ts through Vite's ssrLoadModule, which knip cannot follow.
 */
export const EDITOR_PAGE = `<!doctype html>
<html lang="${LOCALE}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Piece editor</title>
    <style>${LAYER_ORDER}</style>
    <style>${fontFaces()}</style>
    <link rel="stylesheet" href="/src/styles/global.css" />
    <link rel="stylesheet" href="/src/tooling/editor/editor.css" />
  </head>
  <body>
    <div class="editor" data-editor>
      <header class="bar">
        <h1 class="app">Piece editor</h1>
        <p class="current" data-current></p>
        <div class="actions" role="group" aria-label="Actions on this piece" data-actions></div>
        <div class="folds">
          <button type="button" class="button quiet" aria-expanded="true" aria-controls="side" data-fold="side">
            Pieces and details
          </button>
          <button type="button" class="button quiet" aria-expanded="true" aria-controls="preview" data-fold="preview">
            Preview
          </button>
        </div>
      </header>
      <aside class="side" id="side" aria-label="Pieces and details">
        <nav class="pieces" aria-labelledby="pieces-title">
          <h2 id="pieces-title" class="pane-title">Pieces</h2>
          <form class="new" data-new>
            <label for="new-title">New piece: its headline</label>
            <span class="row">
              <input id="new-title" name="title" required />
              <button class="button">Create</button>
            </span>
          </form>
          <ul data-pieces></ul>
        </nav>
        <section class="frontmatter" aria-labelledby="frontmatter-title">
          <h2 id="frontmatter-title" class="pane-title">About this piece</h2>
          <p class="empty" data-empty>Choose a piece, or start a new one.</p>
          <form data-frontmatter></form>
        </section>
      </aside>
      <div class="splitter" role="separator" tabindex="0" aria-orientation="vertical" aria-controls="side"
        aria-label="Width of the pieces and details" data-splitter="side"></div>
      <section class="body" aria-labelledby="body-title">
        <div class="toolbar">
          <h2 id="body-title" class="sr-only">Text</h2>
          <label for="insert">Insert</label>
          <select id="insert" data-insert aria-keyshortcuts="${SHORTCUTS.insert.aria}">
            <option value="">a component…</option>
          </select>
          ${kbd(SHORTCUTS.insert.key)}
          <button type="button" class="button quiet" data-edit-component>Edit the component at the cursor</button>
          <button type="button" data-save class="button" aria-keyshortcuts="${SHORTCUTS.save.aria}">
            Save ${kbd(SHORTCUTS.save.key)}
          </button>
        </div>
        <div class="code" data-code></div>
        <p role="status" data-status></p>
        <section class="changes" aria-labelledby="changes-title" data-changes hidden>
          <h3 id="changes-title" data-changes-title></h3>
          <ul aria-label="Changed files" data-changed></ul>
        </section>
        <ul class="problems" aria-label="Problems" data-problems></ul>
      </section>
      <div class="splitter" role="separator" tabindex="0" aria-orientation="vertical" aria-controls="preview"
        aria-label="Width of the preview" data-splitter="preview"></div>
      <section class="preview" id="preview" aria-labelledby="preview-title">
        <h2 id="preview-title" class="pane-title">Preview</h2>
        <iframe title="Preview of the piece" data-preview></iframe>
      </section>
    </div>
    <dialog data-dialog aria-labelledby="dialog-title">
      <form method="dialog" data-props>
        <h2 id="dialog-title" data-dialog-title></h2>
        <p class="summary" data-dialog-summary></p>
        <div data-dialog-extra></div>
        <div data-dialog-fields></div>
        <p class="problem" data-dialog-problem></p>
        <menu>
          <button value="cancel" class="button quiet" formnovalidate>Cancel</button>
          <button value="ok" class="button" data-dialog-ok>Insert</button>
        </menu>
      </form>
    </dialog>
    <script type="module" src="/src/tooling/editor/start.ts"></script>
  </body>
</html>
`;
