import rss from '@astrojs/rss';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { getImage } from 'astro:assets';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { mdxComponents } from '../../components/mdx-components.ts';
import { bylineNames } from '../../features/authors/byline.ts';
import { everyEdition } from '../../features/editions/paths.ts';
import { t } from '../../features/editions/strings.ts';
import { pieceSummary } from '../../features/takeaways/takeaways.ts';
import { feedHtml } from '../../lib/feed.ts';
import { getEditionPieces, type Piece } from '../../lib/published.ts';
import { feedPath, homePath, piecePath } from '../../lib/routes.ts';
import { tagLabel } from '../../lib/tags.ts';
import { absoluteUrl, site } from '../../site.config.ts';

/** How many of the newest pieces the feed carries, each in full. */
const FEED_PIECES = 20;
/** Feed readers show a lead image as wide as their column; 1,200 px serves them all. */
const FEED_IMAGE_WIDTH = 1200;

const escapeXml = (text: string) =>
  text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** One feed per edition, of its own pieces: /rss.xml, /ja/rss.xml… */
export const getStaticPaths = everyEdition;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/**
 * RSS 2.0 with each piece in full (`content:encoded`, sanitised) beside its summary (its takeaways, or else its dek),
 * in the edition's language. Authors are names, so they go in `dc:creator` (RSS's own `author`
 * must be an e-mail address).
 */
export const GET: APIRoute<Props> = async ({ props: { edition } }) => {
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const pieces = (await getEditionPieces(edition)).slice(0, FEED_PIECES);
  return rss({
    title: t(edition, 'feed.title', { site: site.name }),
    description: t(edition, 'site.description'),
    site: absoluteUrl(homePath(edition)),
    xmlns: {
      dc: 'http://purl.org/dc/elements/1.1/',
      atom: 'http://www.w3.org/2005/Atom',
      media: 'http://search.yahoo.com/mrss/',
    },
    customData:
      `<language>${edition.lang}</language>` +
      `<atom:link href="${absoluteUrl(feedPath(edition))}" rel="self" type="application/rss+xml"/>`,
    items: await Promise.all(
      pieces.map(async (piece) => {
        const { Content } = await render(piece);
        const html = await container.renderToString(Content, {
          props: { components: mdxComponents },
          locals: { piece: piece.id, feed: true, edition: edition.code },
        });
        return {
          title: piece.data.title,
          description: pieceSummary(piece.data, edition),
          content: feedHtml(html, absoluteUrl(piecePath(piece.id))),
          pubDate: piece.data.published,
          link: piecePath(piece.id),
          categories: piece.data.tags.map((tag) => tagLabel(tag, edition)),
          customData:
            bylineNames(piece.data.byline, edition)
              .map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`)
              .join('') + (await leadImage(piece)),
        };
      }),
    ),
  });
};

/** A piece's lead image for feed readers (Media RSS): a 1,200 px JPEG, with its alt text and credit. */
async function leadImage(piece: Piece): Promise<string> {
  const image = piece.data.image;
  if (!image) return '';
  const jpeg = await getImage({ src: image.src, width: FEED_IMAGE_WIDTH, format: 'jpg' });
  const { width, height } = jpeg.attributes as { width: number; height: number };
  return (
    `<media:content url="${escapeXml(absoluteUrl(jpeg.src))}" medium="image" type="image/jpeg" width="${width}" height="${height}">` +
    `<media:description>${escapeXml(image.alt)}</media:description>` +
    `<media:credit>${escapeXml(image.credit)}</media:credit></media:content>`
  );
}
