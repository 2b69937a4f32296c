import { editionByCode, type Edition } from '../features/editions/editions.ts';

/** What a piece's page may cost a reader on a first visit (gzip bytes as transferred). */
export interface PieceBudget {
  /** Everything a first visit transfers, fonts included. */
  totalGzip: number;
  jsGzip: number;
  requestsBeforeFirstPaint: number;
}

/**
 * The default edition's budgets. The page weight check (`npm run size`) enforces them; tests
 * import them rather than copy the figures.
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
} as const satisfies PieceBudget;

/**
 * Where an edition's pieces may cost more than the default edition's (issue 23): declared here
 * once, by edition code; an edition not listed has the default budgets. Measured in Chromium on a
 * first visit, fonts included, like the rest.
 */
const EDITION_BUDGETS: Readonly<Record<string, Partial<PieceBudget>>> = {
  // Japanese text in the reader's own fonts: no font fetched, and in the HTML the self-hosted
  // fallback's rules for the page's own characters only (src/integrations/page-fonts.ts; 3 KB on
  // the launch piece, which transfers 28 KB). All 120 rules in every page cost 31 KB: 57 KB.
  ja: { totalGzip: 40 * 1024 },
  // Vietnamese letters in the site's faces: their Vietnamese files too, preloaded with the Latin ones.
  vi: { totalGzip: 75 * 1024, requestsBeforeFirstPaint: 6 },
};

/** A piece's budgets in its edition. */
export function pieceBudget(edition: Edition): PieceBudget {
  return { ...PIECE_BUDGET, ...EDITION_BUDGETS[edition.code] };
}

/** Every edition code above names a configured edition (a typo would leave an edition on the default). */
export const unknownBudgetEditions = (): string[] =>
  Object.keys(EDITION_BUDGETS).filter((code) => !editionByCode(code));
