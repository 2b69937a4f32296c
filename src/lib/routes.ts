/**
 * Every address the site answers, built and parsed in one place: pages, feeds, components, tools
 * and tests call these, so a URL shape changes here or nowhere. Each builder names the file in
 * src/pages that serves it; Astro's file-based routing must agree with this module. Absolute URLs
 * are `absoluteUrl()` in src/site.config.ts. Imports only the editions' list (pure data), so
 * browser code may use it too.
 *
 * Editions: the default edition's pages are at the root (`/`, `/search/`), every other edition's
 * under its code (`/ja/`, `/ja/search/`). A piece's address is its id, which carries its
 * edition's prefix (`ja/summit` → `/ja/summit/`), and everything under a piece follows from it.
 */
import {
  DEFAULT_EDITION,
  EDITIONS,
  isDefaultEdition,
  prefixedEdition,
  PREFIXED_EDITIONS,
  type Edition,
} from '../features/editions/editions.ts';

/** `/ja` for the Japanese edition, nothing for the default edition. */
const prefix = (edition: Edition) => (isDefaultEdition(edition) ? '' : `/${edition.code}`);

/** src/pages/index.astro, and src/pages/[edition]/index.astro for every other edition. */
export const homePath = (edition: Edition) => `${prefix(edition)}/`;
/** src/pages/[...edition]/search.astro */
export const searchPath = (edition: Edition) => `${prefix(edition)}/search/`;
/** src/pages/[...edition]/tags/index.astro */
export const tagsPath = (edition: Edition) => `${prefix(edition)}/tags/`;
/** src/pages/[...edition]/tags/[tag]/index.astro */
export const tagPath = (tag: string, edition: Edition) => `${tagsPath(edition)}${tag}/`;
/** src/pages/[...edition]/rss.xml.ts */
export const feedPath = (edition: Edition) => `${prefix(edition)}/rss.xml`;
/**
 * src/pages/404.astro (Astro writes it as /404.html, which static hosts serve for any unknown
 * address), and src/pages/[edition]/404.astro for every other edition (a page like any other,
 * which the site's server serves for unknown addresses under the edition's prefix).
 */
export const notFoundPath = (edition: Edition) =>
  isDefaultEdition(edition) ? '/404.html' : `${prefix(edition)}/404/`;
/** src/pages/card.png.ts, and src/pages/[edition]/card.png.ts: the card of pages that have none of their own. */
export const siteCardPath = (edition: Edition) => `${prefix(edition)}/card.png`;
/** src/pages/[...edition]/polls/[id]/index.astro: a poll's results in an edition, rendered on request. */
export const pollResultsPath = (id: string, edition: Edition) => `${prefix(edition)}/polls/${id}/`;

/** Pages and files with one address for the whole site, and the default edition's pages. */
export const fixedRoutes = {
  home: homePath(DEFAULT_EDITION),
  search: searchPath(DEFAULT_EDITION),
  tags: tagsPath(DEFAULT_EDITION),
  notFound: notFoundPath(DEFAULT_EDITION),
  feed: feedPath(DEFAULT_EDITION),
  siteCard: siteCardPath(DEFAULT_EDITION),
  /** src/pages/style-guide/index.astro: one style guide, in the default edition's language. */
  styleGuide: '/style-guide/',
  /** src/pages/sitemap.xml.ts: one sitemap for every edition. */
  sitemap: '/sitemap.xml',
  /** src/pages/robots.txt.ts */
  robots: '/robots.txt',
  /** src/pages/api/polls/registry.json.ts: every poll the build published, for the site's server. */
  pollRegistry: '/api/polls/registry.json',
  /** src/pages/api/moved-pieces.json.ts: pieces renamed or withdrawn, for the site's server (301s and 410s). */
  movedPieces: '/api/moved-pieces.json',
  /** Written by Pagefind after the build (`npm run build`): one index per `<html lang>`. */
  searchIndex: '/pagefind/pagefind.js',
  /** public/favicon.svg */
  favicon: '/favicon.svg',
  /** Astro's bundled scripts, styles and pictures (its `build.assets` folder). */
  assets: '/_astro/',
  /** The piece editor, under `astro dev` only (src/integrations/editor.ts injects it). */
  editor: '/editor/',
} as const;

/** src/pages/[...slug]/index.astro: a piece, by its id (`summit`, `ja/summit`). */
export const piecePath = (slug: string) => `/${slug}/`;
/**
 * src/pages/[...slug]/card.png.ts, the preview card; with a crop, src/pages/[...slug]/card-[crop].png.ts,
 * its image in a shape search engines ask for (src/lib/card-size.ts, IMAGE_CROPS).
 */
export const pieceCardPath = (slug: string, crop?: string) =>
  `${piecePath(slug)}card${crop ? `-${crop}` : ''}.png`;
/** A section heading or FAQ answer in its piece. */
export const anchorPath = (slug: string, id: string) => `${piecePath(slug)}#${id}`;
/** src/pages/[...slug]/faq/[id]/index.astro: an FAQ answer's own share page. */
export const sharePath = (slug: string, id: string) => `${piecePath(slug)}faq/${id}/`;
/** src/pages/[...slug]/faq/[id]/card.png.ts */
export const shareCardPath = (slug: string, id: string) => `${sharePath(slug, id)}card.png`;
/** src/pages/maps/[map].svg.ts: a locator map, named by a hash of what it shows (one folder for every edition). */
export const mapPath = (name: string) => `/maps/${name}.svg`;
/** src/pages/api/polls/[id].ts: GET results, POST a vote. One API: a poll is one tally in every edition. */
export const pollApiPath = (id: string) => `/api/polls/${id}/`;

/** What a parsed address under a piece names: the piece, its card, a share page or a share page's card. */
type PieceRoute = Extract<RouteOf, { slug: string }>;

/** The same address under another piece: where a renamed piece's old address (`/old/faq/x/`) now lives (`/new/faq/x/`). */
export function pieceRoutePath(route: PieceRoute, slug: string): string {
  switch (route.kind) {
    case 'piece':
      return piecePath(slug);
    case 'piece-card':
      return pieceCardPath(slug, route.crop);
    case 'share':
      return sharePath(slug, route.id);
    case 'share-card':
      return shareCardPath(slug, route.id);
  }
}

/** What an address on the site is, read back from its path (a `#fragment` or query is ignored), and its edition. */
type Route = { edition: Edition } & (
  | { kind: 'home' | 'search' | 'tags' | 'style-guide' | 'not-found' | 'site-card' }
  | { kind: 'piece'; slug: string }
  | { kind: 'piece-card'; slug: string; crop?: string }
  | { kind: 'share' | 'share-card'; slug: string; id: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'poll-results' | 'poll-api'; id: string }
  | { kind: 'map'; name: string }
  | { kind: 'other'; path: string }
);
type RouteOf = Route extends infer R ? (R extends unknown ? Omit<R, 'edition'> : never) : never;

const SEGMENT = '([^/]+)';
/** Within an edition's prefix. */
const editionPatterns: [RegExp, (m: string[]) => RouteOf][] = [
  [new RegExp(`^/tags/${SEGMENT}/$`), ([tag]) => ({ kind: 'tag', tag: tag! })],
  [new RegExp(`^/polls/${SEGMENT}/$`), ([id]) => ({ kind: 'poll-results', id: id! })],
];
/** At the root only: one for the whole site. */
const sitePatterns: [RegExp, (m: string[]) => RouteOf][] = [
  [new RegExp(`^/api/polls/${SEGMENT}/$`), ([id]) => ({ kind: 'poll-api', id: id! })],
  [new RegExp(`^/maps/${SEGMENT}\\.svg$`), ([name]) => ({ kind: 'map', name: name! })],
];
/** A piece and what is under it, by the piece's slug within its edition. */
const piecePatterns: [RegExp, (m: string[]) => RouteOf][] = [
  [
    new RegExp(`^/${SEGMENT}/faq/${SEGMENT}/card\\.png$`),
    ([slug, id]) => ({ kind: 'share-card', slug: slug!, id: id! }),
  ],
  [new RegExp(`^/${SEGMENT}/faq/${SEGMENT}/$`), ([slug, id]) => ({ kind: 'share', slug: slug!, id: id! })],
  [new RegExp(`^/${SEGMENT}/card\\.png$`), ([slug]) => ({ kind: 'piece-card', slug: slug! })],
  [
    new RegExp(`^/${SEGMENT}/card-([\\w-]+)\\.png$`),
    ([slug, crop]) => ({ kind: 'piece-card', slug: slug!, crop: crop! }),
  ],
  [new RegExp(`^/${SEGMENT}/$`), ([slug]) => ({ kind: 'piece', slug: slug! })],
];

/** The pages every edition has at a fixed address, by their path within the edition's prefix. */
function fixedKindsOf(edition: Edition): Record<string, RouteOf> {
  const within = (path: string) => path.slice(prefix(edition).length);
  return {
    [within(homePath(edition))]: { kind: 'home' },
    [within(searchPath(edition))]: { kind: 'search' },
    [within(tagsPath(edition))]: { kind: 'tags' },
    [within(notFoundPath(edition))]: { kind: 'not-found' },
    [within(siteCardPath(edition))]: { kind: 'site-card' },
    ...(isDefaultEdition(edition) && { [fixedRoutes.styleGuide]: { kind: 'style-guide' } }),
  };
}
const fixedKinds = new Map(EDITIONS.map((edition) => [edition.code, fixedKindsOf(edition)]));

/** A malformed escape (/%E0%A4%A) names no page of the site; it is no reason to fail. */
function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The first segment of a path: `/tags/trade/` → `tags`. */
const firstSegment = (path: string) => path.split('/')[1] ?? '';

/** The first segments of some paths that are folders: `/tags/x/` → `tags`; `/rss.xml` is no folder. */
const folders = (paths: readonly string[]) =>
  [...new Set(paths.filter((path) => path.indexOf('/', 1) > 0).map(firstSegment))].sort();

/**
 * First path segments the site itself uses for folders of pages or files, within each edition's
 * prefix, read off the builders above: a piece whose file name slugs to one of these would be
 * hidden by (or hide) a page of the site, so the build refuses it. At the root that is the
 * site's own folders and every other edition's code; under `/ja/`, the edition's own pages. (A
 * piece's slug never has a dot, so a file like /rss.xml cannot clash with one.)
 */
export function reservedSegments(edition: Edition): readonly string[] {
  const within = (path: string) => path.slice(prefix(edition).length);
  const editionPages = [
    searchPath(edition),
    tagsPath(edition),
    tagPath('-', edition),
    pollResultsPath('-', edition),
    notFoundPath(edition),
  ].map(within);
  if (!isDefaultEdition(edition)) return folders(editionPages);
  const sitePages = [...Object.values(fixedRoutes), mapPath('-'), pollApiPath('-')];
  return [
    ...new Set([...folders([...editionPages, ...sitePages]), ...PREFIXED_EDITIONS.map((e) => e.code)]),
  ].sort();
}

const reserved = new Map(EDITIONS.map((edition) => [edition.code, reservedSegments(edition)]));

/** The default edition's reserved segments: the root's. */
export const RESERVED_SEGMENTS: readonly string[] = reservedSegments(DEFAULT_EDITION);

export function parseRoute(path: string): Route {
  const pathname = safeDecode(new URL(path, 'http://site').pathname);
  const edition = prefixedEdition(firstSegment(pathname)) ?? DEFAULT_EDITION;
  const within = pathname.slice(prefix(edition).length);
  const route = (parsed: RouteOf): Route => ({ ...parsed, edition }) as Route;
  const fixed = fixedKinds.get(edition.code)![within];
  if (fixed) return route(fixed);
  const patterns = [...editionPatterns, ...(isDefaultEdition(edition) ? sitePatterns : [])];
  for (const [pattern, parse] of patterns) {
    const match = pattern.exec(within);
    if (match) return route(parse(match.slice(1)));
  }
  for (const [pattern, parse] of piecePatterns) {
    const match = pattern.exec(within);
    if (!match) continue;
    // A piece or share page never lives under a segment the site reserves for itself.
    if (reserved.get(edition.code)!.includes(firstSegment(within))) break;
    const parsed = parse(match.slice(1)) as Extract<RouteOf, { slug: string }>;
    // A piece's slug is its id, which carries its edition's prefix.
    return route({
      ...parsed,
      slug: isDefaultEdition(edition) ? parsed.slug : `${edition.code}/${parsed.slug}`,
    });
  }
  return route({ kind: 'other', path: pathname });
}
