import { editionOfPiece } from '../editions/editions.ts';
import { publicationMoment } from '../../lib/pieces.ts';
import { piecePath } from '../../lib/routes.ts';
import { escapeXml } from '../../lib/xml.ts';
import { absoluteUrl, site } from '../../site.config.ts';

/*
 * Google News's sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap):
 * a sitemaps.org urlset whose pages each carry `news:news`, the publication's name and language,
 * when the piece was published and its headline. Only pieces published in the last two days
 * belong in it; one file for every edition, each piece in its own language.
 */

/** How long a piece stays in the news sitemap after it went live: Google reads only the last two days. */
const NEWS_WINDOW_HOURS = 48;

/** Google's limit for one news sitemap. */
const MAX_NEWS_URLS = 1000;

interface NewsPiece {
  id: string;
  data: { title: string; published: Date; publishAt?: Date | undefined };
}

/**
 * The pieces that went live in the 48 hours up to `now` (the build's "now", publicationNow()),
 * newest first. A piece with a day only counts from the start of that day, UTC.
 */
export function newsPieces<T extends NewsPiece>(pieces: readonly T[], now: Date): T[] {
  const since = now.getTime() - NEWS_WINDOW_HOURS * 3_600_000;
  return pieces
    .filter((piece) => {
      const at = publicationMoment(piece).getTime();
      return at > since && at <= now.getTime();
    })
    .sort((a, b) => publicationMoment(b).getTime() - publicationMoment(a).getTime());
}

/**
 * A language as Google News writes it: the ISO 639 code alone (`en-GB` → `en`), except Chinese,
 * `zh-cn` (simplified) or `zh-tw` (traditional).
 */
export function newsLanguage(lang: string): string {
  const locale = new Intl.Locale(lang);
  if (locale.language !== 'zh') return locale.language;
  return locale.maximize().script === 'Hant' ? 'zh-tw' : 'zh-cn';
}

/** When a piece went live, as W3C date-time: the moment when it was scheduled, else its day. */
function publicationDate(piece: NewsPiece): string {
  const at = publicationMoment(piece).toISOString();
  return piece.data.publishAt ? at.replace(/\.000Z$/, 'Z') : at.slice(0, 10);
}

/** The news sitemap of these pieces (each already chosen by `newsPieces`); with none, an empty urlset. */
export function newsSitemapXml(pieces: readonly NewsPiece[]): string {
  if (pieces.length > MAX_NEWS_URLS) {
    throw new Error(
      `The news sitemap would list ${pieces.length} pieces, over the ${MAX_NEWS_URLS} Google reads from one: ` +
        'split it into several files under a sitemap index (src/pages/news-sitemap.xml.ts).',
    );
  }
  const urls = pieces.map(
    (piece) =>
      `<url><loc>${escapeXml(absoluteUrl(piecePath(piece.id)))}</loc><news:news>` +
      `<news:publication><news:name>${escapeXml(site.name)}</news:name>` +
      `<news:language>${newsLanguage(editionOfPiece(piece.id).lang)}</news:language></news:publication>` +
      `<news:publication_date>${publicationDate(piece)}</news:publication_date>` +
      `<news:title>${escapeXml(piece.data.title)}</news:title></news:news></url>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    `${urls.join('')}</urlset>\n`
  );
}
