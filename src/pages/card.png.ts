import type { APIRoute } from 'astro';
import { DEFAULT_EDITION } from '../features/editions/editions.ts';
import { siteCard } from '../lib/piece-cards.ts';

/** The default edition's card for pages that have none of their own (home page, 404); the others' are src/pages/[edition]/card.png.ts. */
export const GET: APIRoute = () => siteCard(DEFAULT_EDITION);
