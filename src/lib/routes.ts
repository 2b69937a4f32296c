/**
 * Every address the site answers, built and parsed in one place: pages, feeds, components, tools
 * and tests call these, so a URL shape changes here or nowhere. Each builder names the file in
 * src/pages that serves it; Astro's file-based routing must agree with this module. Absolute URLs
 * are `absoluteUrl()` in src/site.config.ts. Imports nothing, so browser code may use it too.
 */

/** Pages with a fixed address. */
export const fixedRoutes = {
  /** src/pages/index.astro */
  home: '/',
  /** src/pages/search.astro */
  search: '/search/',
  /** src/pages/tags/index.astro */
  tags: '/tags/',
  /** src/pages/style-guide/index.astro */
  styleGuide: '/style-guide/',
  /** src/pages/404.astro */
  notFound: '/404.html',
  /** src/pages/rss.xml.ts */
  feed: '/rss.xml',
  /** src/pages/sitemap.xml.ts */
  sitemap: '/sitemap.xml',
  /** src/pages/robots.txt.ts */
  robots: '/robots.txt',
  /** src/pages/api/polls/registry.json.ts: every poll the build published, for the site's server. */
  pollRegistry: '/api/polls/registry.json',
  /** src/pages/card.png.ts: the card of pages that have none of their own. */
  siteCard: '/card.png',
  /** Written by Pagefind after the build (`npm run build`). */
  searchIndex: '/pagefind/pagefind.js',
  /** public/favicon.svg */
  favicon: '/favicon.svg',
  /** Astro's bundled scripts, styles and pictures (its `build.assets` folder). */
  assets: '/_astro/',
  /** The piece editor, under `astro dev` only (src/integrations/editor.ts injects it). */
  editor: '/editor/',
} as const;

/** src/pages/[slug]/index.astro */
export const piecePath = (slug: string) => `/${slug}/`;
/**
 * src/pages/[slug]/card.png.ts, the preview card; with a crop, src/pages/[slug]/card-[crop].png.ts,
 * its image in a shape search engines ask for (src/lib/card-size.ts, IMAGE_CROPS).
 */
export const pieceCardPath = (slug: string, crop?: string) =>
  `${piecePath(slug)}card${crop ? `-${crop}` : ''}.png`;
/** A section heading or FAQ answer in its piece. */
export const anchorPath = (slug: string, id: string) => `${piecePath(slug)}#${id}`;
/** src/pages/[slug]/faq/[id]/index.astro: an FAQ answer's own share page. */
export const sharePath = (slug: string, id: string) => `${piecePath(slug)}faq/${id}/`;
/** src/pages/[slug]/faq/[id]/card.png.ts */
export const shareCardPath = (slug: string, id: string) => `${sharePath(slug, id)}card.png`;
/** src/pages/tags/[tag]/index.astro */
export const tagPath = (tag: string) => `${fixedRoutes.tags}${tag}/`;
/** src/pages/maps/[map].svg.ts: a locator map, named by a hash of what it shows. */
export const mapPath = (name: string) => `/maps/${name}.svg`;
/** src/pages/polls/[id]/index.astro: rendered on request. */
export const pollResultsPath = (id: string) => `/polls/${id}/`;
/** src/pages/api/polls/[id].ts: GET results, POST a vote. */
export const pollApiPath = (id: string) => `/api/polls/${id}/`;

/** What an address on the site is, read back from its path (a `#fragment` or query is ignored). */
type Route =
  | { kind: 'home' | 'search' | 'tags' | 'style-guide' | 'not-found' | 'site-card' }
  | { kind: 'piece'; slug: string }
  | { kind: 'piece-card'; slug: string; crop?: string }
  | { kind: 'share' | 'share-card'; slug: string; id: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'poll-results' | 'poll-api'; id: string }
  | { kind: 'map'; name: string }
  | { kind: 'other'; path: string };

const SEGMENT = '([^/]+)';
const patterns: [RegExp, (m: string[]) => Route][] = [
  [new RegExp(`^/tags/${SEGMENT}/$`), ([tag]) => ({ kind: 'tag', tag: tag! })],
  [new RegExp(`^/polls/${SEGMENT}/$`), ([id]) => ({ kind: 'poll-results', id: id! })],
  [new RegExp(`^/api/polls/${SEGMENT}/$`), ([id]) => ({ kind: 'poll-api', id: id! })],
  [new RegExp(`^/maps/${SEGMENT}\\.svg$`), ([name]) => ({ kind: 'map', name: name! })],
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
const fixedKinds: Record<string, Route> = {
  [fixedRoutes.home]: { kind: 'home' },
  [fixedRoutes.search]: { kind: 'search' },
  [fixedRoutes.tags]: { kind: 'tags' },
  [fixedRoutes.styleGuide]: { kind: 'style-guide' },
  [fixedRoutes.notFound]: { kind: 'not-found' },
  [fixedRoutes.siteCard]: { kind: 'site-card' },
};

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

/**
 * First path segments the site itself uses for folders of pages or files, read off the builders
 * above: a piece whose file name slugs to one of these would be hidden by (or hide) a page of the
 * site, so the content check refuses it. (A piece's slug never has a dot, so a file at the root,
 * like /rss.xml, cannot clash with one.)
 */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set(
    [...Object.values(fixedRoutes), tagPath('-'), mapPath('-'), pollResultsPath('-'), pollApiPath('-')]
      .filter((path) => path.indexOf('/', 1) > 0)
      .map(firstSegment),
  ),
].sort();

export function parseRoute(path: string): Route {
  const pathname = safeDecode(new URL(path, 'http://site').pathname);
  const fixed = fixedKinds[pathname];
  if (fixed) return fixed;
  for (const [pattern, route] of patterns) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const parsed = route(match.slice(1));
    // A piece or share page never lives under a segment the site reserves for itself.
    if ('slug' in parsed && RESERVED_SEGMENTS.includes(firstSegment(pathname))) break;
    return parsed;
  }
  return { kind: 'other', path: pathname };
}
