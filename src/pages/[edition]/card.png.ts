import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { prefixedEditions } from '../../features/editions/paths.ts';
import { siteCard } from '../../lib/piece-cards.ts';

/** Every edition's card for pages that have none of their own, but the default edition's (src/pages/card.png.ts). */
export const getStaticPaths = prefixedEditions;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { edition } }) => siteCard(edition);
