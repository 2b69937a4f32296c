import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { drawLocatorMap, mapName, type MapSpec } from '../../features/locator-map/locator-map.ts';
import { pageDataOf } from '../../markdown/page-data.ts';
import { getPublishedPageData } from '../../lib/published.ts';
import { frontmatter as styleGuide } from '../style-guide/_examples.mdx';

/**
 * Each distinct locator map on the site, drawn once at build as an SVG file named by a hash of what
 * it shows (src/features/locator-map/components/LocatorMap.astro links to it): in the pieces and the style guide.
 */
export async function getStaticPaths() {
  const specs = [
    ...(await getPublishedPageData()).flatMap(({ data }) => data.maps),
    ...pageDataOf(styleGuide, 'src/pages/style-guide/_examples.mdx').maps,
  ];
  const byName = new Map<string, MapSpec>(specs.map((spec) => [mapName(spec), spec]));
  return [...byName].map(([map, spec]) => ({ params: { map }, props: { spec }, cacheKey: map }));
}

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { spec } }) =>
  new Response(drawLocatorMap(spec).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
