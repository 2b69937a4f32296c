import type { APIRoute } from 'astro';
import { renderCard, pngResponse } from '../lib/card.ts';
import { site } from '../site.config.ts';

/** The preview card for pages that have none of their own (home page, 404). */
export const GET: APIRoute = async () =>
  pngResponse(
    await renderCard({ kicker: site.name, title: site.description, footer: new URL(site.url).host }),
  );
