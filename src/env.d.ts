interface ImportMetaEnv {
  /** True in `astro dev` only: drafts are previewed there and never built (see src/integrations/drafts.ts). */
  readonly SHOW_DRAFTS: boolean;
}
