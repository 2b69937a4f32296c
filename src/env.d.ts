interface ImportMetaEnv {
  /** True in `astro dev` only: drafts are previewed there and never built (see src/integrations/drafts.ts). */
  readonly SHOW_DRAFTS: boolean;
}

declare namespace App {
  interface Locals {
    /**
     * Set by a piece's page to its slug. FAQ answers on it have share pages, so their copy-link
     * controls hand those out, and its polls are in the poll registry, so they take votes.
     * Elsewhere (the style guide) links copy the page's own anchor and polls are previews.
     */
    piece?: string;
    /**
     * Set by every page to the code of the edition it is in (src/features/editions/editions.ts):
     * components read it with `editionOf(Astro)` for their words, dates and links.
     */
    edition?: string;
    /**
     * Set by a piece's page: the stored value of each answer of each of its polls, by poll id, in
     * order. A translation's poll votes with its original's values (one tally in every edition).
     */
    pollValues?: Readonly<Record<string, readonly string[]>>;
    /**
     * Set by a translation's page: the original's old ids (aliases) of each FAQ answer, by the
     * answer's id, which the answer answers to in this edition too.
     */
    faqAliases?: Readonly<Record<string, readonly string[]>>;
    /**
     * Set while a piece is rendered for the feeds (src/features/feeds/): components render what a
     * feed reader can show without our CSS or scripts (a poll becomes its question and a link).
     */
    feed?: boolean;
    /** The polls, their store and rate limit, loaded and checked by the site's server as it starts. */
    poll?: import('./features/poll/api.ts').PollApiContext;
    /** The reader's address, as the site's server works it out behind its trusted proxies. */
    clientAddress?: string;
    /** Whether the reader came over HTTPS (the server's own TLS, or a trusted proxy's X-Forwarded-Proto). */
    https?: boolean;
  }
}
