/**
 * The preview card's size, the one Open Graph and Twitter crop least: the card renderer draws at
 * it and every page's `og:image:width/height` says it. Kept apart from src/lib/card.ts so pages
 * can say the size without loading the renderer.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardText {
  /** The big line: a headline or a question. */
  title: string;
  /** Small line above it ("Explainer", "Question & answer"). */
  kicker: string;
  /** Bottom line: site name and date. */
  footer: string;
}
