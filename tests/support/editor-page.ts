import { EDITOR_PATH } from '../../src/integrations/editor-paths.ts';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** The piece editor at /editor/, as an editor uses it: through its forms, menus and text. */
export class EditorPage {
  readonly text: Locator;
  readonly frontmatter: Locator;
  readonly status: Locator;
  readonly dialog: Locator;
  /** The site's own page of the piece, beside the editor. */
  readonly preview: FrameLocator;

  constructor(readonly page: Page) {
    this.text = page.locator('[data-code] .cm-content');
    this.frontmatter = page.locator('[data-frontmatter]');
    this.status = page.getByRole('status');
    this.dialog = page.getByRole('dialog');
    this.preview = page.frameLocator('[data-preview]');
  }

  async goto() {
    await this.page.goto(EDITOR_PATH);
    // A dev server's first page compiles the editor and bundles its packages: seconds on a busy machine.
    await expect(this.status).toHaveText('Choose a piece, or start a new one.', { timeout: 30_000 });
  }

  async open(title: string) {
    await this.page
      .getByRole('navigation', { name: 'Pieces' })
      .getByRole('button', { name: title, exact: false })
      .first()
      .click();
    await expect(this.status).toHaveText(/^Editing /);
  }

  async create(headline: string) {
    await this.page.getByLabel('New piece: its headline').fill(headline);
    await this.page.getByRole('button', { name: 'Create' }).click();
    await expect(this.status).toHaveText(/^Editing /);
  }

  /** Fills a frontmatter field by its label (text, date or a list, one item per line). */
  async fill(label: string, value: string) {
    await this.frontmatter.getByLabel(label, { exact: true }).fill(value);
  }

  /** Chooses a component from the Insert menu, fills its form and inserts it at the cursor. */
  async insert(name: string, props: Record<string, string> = {}) {
    await this.page.getByLabel('Insert').selectOption(name);
    await this.fillDialog(props, 'Insert');
    await expect(this.status).toHaveText(`Inserted <${name}>.`);
  }

  /** Edits the component the cursor is in through its form. */
  async editComponent(props: Record<string, string>) {
    await this.page.getByRole('button', { name: 'Edit the component at the cursor' }).click();
    await this.fillDialog(props, 'Apply');
    await expect(this.status).toHaveText(/^Changed </);
  }

  private async fillDialog(props: Record<string, string>, action: string) {
    await expect(this.dialog).toBeVisible();
    for (const [label, value] of Object.entries(props))
      await this.dialog.getByLabel(label, { exact: false }).first().fill(value);
    await this.dialog.getByRole('button', { name: action }).click();
    await expect(this.dialog).toBeHidden();
  }

  async save(expected: RegExp = /^Saved/) {
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.status).toHaveText(expected, { timeout: 30_000 });
  }
}
