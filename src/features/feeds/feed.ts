import type { Edition } from '../editions/editions.ts';
import { jsonFeedResponse } from './json-feed.ts';
import { rssResponse } from './rss.ts';

/*
 * One feed model, two formats: a feed's items are computed once (rendering each piece in full is
 * the costly part) and written as RSS 2.0 (./rss.ts) and as JSON Feed 1.1 (./json-feed.ts). A new
 * feed is one `defineFeed` call and one route file per format, each calling `.rss` or `.json`.
 */

/** A lead image as feed readers get it: one JPEG wide enough for their column. */
export interface FeedImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}

/** One item of a feed, in the words of neither format. */
export interface FeedItem {
  /** Never changes (./feed-id.ts): RSS `guid`, JSON Feed `id`. */
  id: string;
  /** The item's page now, absolute. */
  url: string;
  title: string;
  /** Plain text: RSS `description`, JSON Feed `summary`. */
  summary: string;
  /** The whole text, sanitised, every URL absolute (./feed-html.ts): `content:encoded`, `content_html`. */
  contentHtml: string;
  published: Date;
  modified?: Date | undefined;
  /** Names (RSS `dc:creator`, JSON Feed `authors`). */
  authors: readonly string[];
  /** Topic labels in the feed's language. */
  tags: readonly string[];
  /** BCP 47. */
  language: string;
  image?: FeedImage | undefined;
}

/** A feed in one edition: what it is, where it is in each format, and its items, newest first. */
export interface FeedChannel {
  title: string;
  description: string;
  /** BCP 47. */
  language: string;
  /** The page the feed belongs to, absolute. */
  homeUrl: string;
  /** The feed's own addresses, absolute: each format names itself and the other. */
  rssUrl: string;
  jsonUrl: string;
  items: readonly FeedItem[];
}

/**
 * A feed in every edition, from what it holds in one: `.rss(edition)` and `.json(edition)` answer
 * its two routes. During a build each edition's channel is computed once for both formats; under
 * `astro dev` it is computed on each request, so an edited piece shows at once.
 */
export function defineFeed(channelOf: (edition: Edition) => Promise<FeedChannel>) {
  const built = new Map<string, Promise<FeedChannel>>();
  const channel = (edition: Edition): Promise<FeedChannel> => {
    if (import.meta.env.DEV) return channelOf(edition);
    if (!built.has(edition.code)) built.set(edition.code, channelOf(edition));
    return built.get(edition.code)!;
  };
  return {
    channel,
    rss: async (edition: Edition) => rssResponse(await channel(edition)),
    json: async (edition: Edition) => jsonFeedResponse(await channel(edition)),
  };
}
