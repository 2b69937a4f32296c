interface ImportMetaEnv {
  /** True in `astro dev` only: drafts are previewed there and never built (see src/integrations/drafts.ts). */
  readonly SHOW_DRAFTS: boolean;
}

declare namespace App {
  interface Locals {
    /**
     * Set by a piece's page to its slug: FAQ answers on it have share pages, so their copy-link
     * controls hand those out. Elsewhere (the style guide) they copy the page's own anchor.
     */
    faqSharePiece?: string;
  }
}
