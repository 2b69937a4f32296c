/**
 * What a piece's page may cost a reader on a first visit (gzip bytes as transferred). The page
 * weight check (`npm run size`) enforces them; tests import them rather than copy the figures.
 */
export const PIECE_BUDGET = {
  totalGzip: 40 * 1024,
  jsGzip: 2 * 1024,
  requestsBeforeFirstPaint: 3,
} as const;
