/**
 * The preview card's size, the one Open Graph and Twitter crop least: the card renderer draws at
 * it and every page's `og:image:width/height` says it. Kept apart from src/lib/card.ts so pages
 * can say the size without loading the renderer.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

export interface CardSize {
  width: number;
  height: number;
}

/**
 * The crops of a piece's image that search engines ask for in its structured data (Google's
 * article guidelines: 16:9, 4:3 and 1:1, at least 1,200 px wide). Keyed by the name in their URLs.
 */
export const IMAGE_CROPS = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const satisfies Record<string, CardSize>;

export type ImageCrop = keyof typeof IMAGE_CROPS;

export interface CardText {
  /** The big line: a headline or a question. */
  title: string;
  /** Small line above it ("Explainer", "Question & answer"). */
  kicker: string;
  /** Bottom line: site name and date. */
  footer: string;
}

export interface CardOptions {
  /** Pixels; the Open Graph card by default, or one of the crops search engines ask for. */
  size?: CardSize;
  /** A lead image's file: the card shows it, cropped to fill, under the text. */
  photo?: string | undefined;
}
