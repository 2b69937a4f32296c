import { getEditionPieces } from '../../lib/published.ts';
import { feedPath, homePath, jsonFeedPath } from '../../lib/routes.ts';
import { absoluteUrl, site } from '../../site.config.ts';
import { t } from '../editions/strings.ts';
import { defineFeed } from './feed.ts';
import { pieceFeedItems } from './piece-items.ts';

/** How many of the newest pieces an edition's feed carries, each in full. */
const FEED_PIECES = 20;

/** Each edition's feed: its newest pieces, in full, in its language (/rss.xml, /feed.json, /ja/rss.xml…). */
export const editionFeed = defineFeed(async (edition) => ({
  title: t(edition, 'feed.title', { site: site.name }),
  description: t(edition, 'site.description'),
  language: edition.lang,
  homeUrl: absoluteUrl(homePath(edition)),
  rssUrl: absoluteUrl(feedPath(edition)),
  jsonUrl: absoluteUrl(jsonFeedPath(edition)),
  items: await pieceFeedItems((await getEditionPieces(edition)).slice(0, FEED_PIECES), edition),
}));
