import rss from '@astrojs/rss';
import { escapeXml } from '../../lib/xml.ts';
import type { FeedChannel, FeedItem } from './feed.ts';

/**
 * A feed's item in RSS's own fields, and the rest as `customData`: the `guid` when it is not the
 * item's current link (a renamed piece keeps its first address, ./feed-id.ts), the authors as
 * `dc:creator` (RSS's own `author` must be an e-mail address), the lead image as Media RSS.
 */
function rssItem(item: FeedItem) {
  const guid = item.id === item.url ? '' : `<guid isPermaLink="true">${escapeXml(item.id)}</guid>`;
  const creators = item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('');
  const image = item.image
    ? `<media:content url="${escapeXml(item.image.url)}" medium="image" type="image/jpeg" width="${item.image.width}" height="${item.image.height}">` +
      `<media:description>${escapeXml(item.image.alt)}</media:description>` +
      `<media:credit>${escapeXml(item.image.credit)}</media:credit></media:content>`
    : '';
  return {
    title: item.title,
    description: item.summary,
    content: item.contentHtml,
    pubDate: item.published,
    link: item.url,
    categories: [...item.tags],
    customData: guid + creators + image,
  };
}

/** RSS 2.0, in the feed's language, naming itself (`atom:link rel="self"`). */
export function rssResponse(channel: FeedChannel): Promise<Response> {
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: {
      dc: 'http://purl.org/dc/elements/1.1/',
      atom: 'http://www.w3.org/2005/Atom',
      media: 'http://search.yahoo.com/mrss/',
    },
    customData:
      `<language>${escapeXml(channel.language)}</language>` +
      `<atom:link href="${escapeXml(channel.rssUrl)}" rel="self" type="application/rss+xml"/>`,
    items: channel.items.map(rssItem),
  });
}
