import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { everyEdition } from '../../features/editions/paths.ts';
import { editionFeed } from '../../features/feeds/edition-feed.ts';

/** One feed per edition, of its own pieces, as JSON Feed 1.1: /feed.json, /ja/feed.json… (src/features/feeds/). */
export const getStaticPaths = everyEdition;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { edition } }) => editionFeed.json(edition);
