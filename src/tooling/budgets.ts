/**
 * What a piece's page may cost a reader on a first visit (gzip bytes as transferred). The page
 * weight check (`npm run size`) enforces them; tests import them rather than copy the figures.
 */
export const PIECE_BUDGET = {
  /** Everything a first visit transfers, fonts included (the Astro blog starter's post: 79 KB). */
  totalGzip: 60 * 1024,
  /**
   * Every island a piece can carry, together: the search shortcut, copy links, the poll, the quote
   * links' loader and the language switcher (2.1 KB on the fixture newsroom's every-component,
   * which has them all); the quote links' own script loads on a selection, outside this budget.
   */
  jsGzip: 2.5 * 1024,
  /** The HTML and the two fonts it preloads, with one to spare. */
  requestsBeforeFirstPaint: 4,
} as const;
