import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { getImage } from 'astro:assets';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { mdxComponents } from '../../components/mdx-components.ts';
import { publicationMoment } from '../../lib/pieces.ts';
import type { Piece } from '../../lib/published.ts';
import { piecePath } from '../../lib/routes.ts';
import { tagLabel } from '../../lib/tags.ts';
import { absoluteUrl } from '../../site.config.ts';
import type { Edition } from '../editions/editions.ts';
import type { FeedImage, FeedItem } from './feed.ts';
import { feedHtml } from './feed-html.ts';
import { feedId } from './feed-id.ts';
import { bylineNames } from '../authors/byline.ts';
import { pieceSummary } from '../takeaways/takeaways.ts';

/** Feed readers show a lead image as wide as their column; 1,200 px serves them all. */
const FEED_IMAGE_WIDTH = 1200;

/** A piece's lead image for feed readers: a 1,200 px JPEG, with its alt text and credit. */
async function leadImage(piece: Piece): Promise<FeedImage | undefined> {
  const image = piece.data.image;
  if (!image) return undefined;
  const jpeg = await getImage({ src: image.src, width: FEED_IMAGE_WIDTH, format: 'jpg' });
  const { width, height } = jpeg.attributes as { width: number; height: number };
  return { url: absoluteUrl(jpeg.src), width, height, alt: image.alt, credit: image.credit };
}

/**
 * Pieces as feed items, each in full: rendered with the feed's components (a poll becomes its
 * question and a link, `locals.feed`) and sanitised for feed readers, its takeaways (or its dek)
 * as the summary, its authors and topics in the edition's words.
 */
export async function pieceFeedItems(pieces: readonly Piece[], edition: Edition): Promise<FeedItem[]> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  return Promise.all(
    pieces.map(async (piece) => {
      const { Content } = await render(piece);
      const html = await container.renderToString(Content, {
        props: { components: mdxComponents },
        locals: { piece: piece.id, feed: true, edition: edition.code },
      });
      const url = absoluteUrl(piecePath(piece.id));
      return {
        id: feedId(piece),
        url,
        title: piece.data.title,
        // Its takeaways when it has them, else its dek.
        summary: pieceSummary(piece.data, edition),
        contentHtml: feedHtml(html, url),
        published: publicationMoment(piece),
        modified: piece.data.updated,
        authors: bylineNames(piece.data.byline, edition),
        tags: piece.data.tags.map((tag) => tagLabel(tag, edition)),
        language: edition.lang,
        image: await leadImage(piece),
      };
    }),
  );
}
