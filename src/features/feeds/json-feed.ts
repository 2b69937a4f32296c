import type { FeedChannel, FeedItem } from './feed.ts';

/** The version a JSON Feed declares (https://www.jsonfeed.org/version/1.1/). */
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** A feed's item as JSON Feed 1.1 has it; fields without a value are left out, as the spec asks. */
function jsonItem(item: FeedItem) {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    content_html: item.contentHtml,
    summary: item.summary,
    ...(item.image && { image: item.image.url }),
    date_published: item.published.toISOString(),
    ...(item.modified && { date_modified: item.modified.toISOString() }),
    authors: item.authors.map((name) => ({ name })),
    ...(item.tags.length > 0 && { tags: [...item.tags] }),
    language: item.language,
  };
}

/** JSON Feed 1.1, in the feed's language, naming itself (`feed_url`). */
export function jsonFeedResponse(channel: FeedChannel): Response {
  const feed = {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.jsonUrl,
    description: channel.description,
    language: channel.language,
    items: channel.items.map(jsonItem),
  };
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
