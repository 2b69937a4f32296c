import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedPieces } from '../lib/published.ts';
import { piecePath } from '../lib/routes.ts';
import { site } from '../site.config.ts';

/** The feed of published pieces: headline, dek and link (a summary feed; the piece is on the site). */
export const GET: APIRoute = async () =>
  rss({
    title: site.name,
    description: site.description,
    site: site.url,
    items: (await getPublishedPieces()).map(({ id, data }) => ({
      title: data.title,
      description: data.description,
      pubDate: data.published,
      link: piecePath(id),
      categories: data.tags,
      author: data.byline.join(', '),
    })),
    customData: `<language>${site.lang}</language>`,
  });
