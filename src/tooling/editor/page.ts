import { LOCALE } from '../../lib/locale.ts';
import { LAYER_ORDER } from '../../styles/layers.ts';

/**
 * The piece editor's page, served by its dev-server middleware (src/integrations/editor.ts) as it
 * is: not an Astro page, so the dev server's live reload, which fires whenever a piece changes on
 * disk, never throws away what the editor is doing. Vite serves its script and styles; the layer order
 * comes first, as on every page of the site.
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
    <link rel="stylesheet" href="/src/styles/global.css" />
    <link rel="stylesheet" href="/src/tooling/editor/editor.css" />
  </head>
  <body>
    <div class="editor">
      <nav class="pieces" aria-labelledby="pieces-title">
        <h1 id="pieces-title" class="label">
          Pieces
        </h1>
        <form class="new" data-new>
          <label for="new-title">New piece: its headline</label>
          <input id="new-title" name="title" required />
          <button>Create</button>
        </form>
        <ul data-pieces></ul>
      </nav>
      <section class="frontmatter" aria-labelledby="frontmatter-title">
        <h2 id="frontmatter-title" class="label">
          About this piece
        </h2>
        <p class="empty" data-empty>
          Choose a piece, or start a new one.
        </p>
        <form data-frontmatter></form>
      </section>
      <section class="body" aria-labelledby="body-title">
        <div class="toolbar">
          <h2 id="body-title" class="label">
            Text
          </h2>
          <label for="insert">Insert</label>
          <select id="insert" data-insert>
            <option value="">a component…</option>
          </select>
          <button type="button" data-edit-component>
            Edit the component at the cursor
          </button>
          <button type="button" data-save class="primary">
            Save
          </button>
        </div>
        <div class="code" data-code></div>
        <p role="status" data-status></p>
        <ul class="problems" aria-label="Problems" data-problems></ul>
      </section>
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title" class="label">
          Preview
        </h2>
        <iframe title="Preview of the piece" data-preview></iframe>
      </section>
    </div>
    <dialog data-dialog aria-labelledby="dialog-title">
      <form method="dialog" data-props>
        <h2 id="dialog-title" data-dialog-title></h2>
        <p class="summary" data-dialog-summary></p>
        <div data-dialog-fields></div>
        <p class="problem" data-dialog-problem></p>
        <menu>
          <button value="cancel" formnovalidate>
            Cancel
          </button>
          <button value="ok" class="primary" data-dialog-ok>
            Insert
          </button>
        </menu>
      </form>
    </dialog>
    <script type="module" src="/src/tooling/editor/start.ts"></script>
  </body>
</html>
`;
