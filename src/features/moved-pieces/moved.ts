import { editionOfPiece, isDefaultEdition } from '../editions/editions.ts';
import { ProblemError } from '../../lib/problem.ts';
import { parseRoute, pieceRoutePath, piecePath, reservedSegments } from '../../lib/routes.ts';

/*
 * Pieces renamed (`npm run rename`: their earlier addresses in `redirectFrom`) and withdrawn
 * (`npm run withdraw`: `withdrawn: { at, reason }`), as one registry the build writes
 * (src/pages/api/moved-pieces.json.ts) and the site's server answers from: an earlier address,
 * and everything under it (share pages, cards), answers 301 to the same address under the piece's
 * newest one; a withdrawn piece's addresses answer 410 Gone. The static build has a page at each of
 * those addresses too (src/pages/[...moved]/), for static hosts.
 */

/** What the server needs: earlier address → the piece's id now; withdrawn ids (earlier ones too) → the piece's id. */
export interface MovedPieces {
  redirects: Record<string, string>;
  withdrawn: Record<string, string>;
}

/** What the registry needs of a piece: its id, file, and the two fields. */
interface MovablePiece {
  id: string;
  filePath?: string | undefined;
  data: { redirectFrom?: string[] | undefined; withdrawn?: { at: Date; reason: string } | undefined };
}

/** An earlier slug of a piece as an id in the piece's edition: `old` of `ja/new` is `ja/old`. */
export function earlierId(pieceId: string, slug: string): string {
  const edition = editionOfPiece(pieceId);
  return isDefaultEdition(edition) ? slug : `${edition.code}/${slug}`;
}

/** The ids a piece has had, oldest first, its own last. */
export function addressesOf(piece: MovablePiece): string[] {
  return [...(piece.data.redirectFrom ?? []).map((slug) => earlierId(piece.id, slug)), piece.id];
}

/**
 * The first address a piece had: its earliest `redirectFrom`, else its id. Never changes when the
 * piece is renamed, so feed readers know it as the same item (the RSS guid).
 */
export function firstAddress(piece: MovablePiece): string {
  return addressesOf(piece)[0]!;
}

/**
 * The registry of every piece's earlier addresses and of the withdrawn pieces. `published` are
 * the ids this build publishes: a draft's earlier addresses redirect nowhere yet. Stops the build,
 * naming both files, when an earlier address is a piece's own, another's earlier one, or a page
 * the site keeps for itself.
 */
export function movedPieces(pieces: readonly MovablePiece[], published: ReadonlySet<string>): MovedPieces {
  const owners = new Map(pieces.map((piece) => [piece.id, piece]));
  const redirects: Record<string, string> = {};
  const withdrawn: Record<string, string> = {};
  const claimed = new Map<string, MovablePiece>();
  const fileOf = (piece: MovablePiece) => piece.filePath ?? piece.id;
  for (const piece of pieces) {
    for (const slug of piece.data.redirectFrom ?? []) {
      const id = earlierId(piece.id, slug);
      const problem = (message: string) =>
        new ProblemError({ file: fileOf(piece), field: 'redirectFrom', message });
      const owner = owners.get(id);
      if (owner) {
        throw problem(
          owner === piece
            ? `"${slug}" is this piece's own address, so it cannot also be an earlier one. Remove it from redirectFrom.`
            : `the earlier address ${piecePath(id)} is the address of ${fileOf(owner)}, so it cannot redirect here. Remove "${slug}" from redirectFrom, or rename the other piece (npm run rename).`,
        );
      }
      const other = claimed.get(id);
      if (other) {
        throw problem(
          `the earlier address ${piecePath(id)} is also an earlier address of ${fileOf(other)}: it can redirect to one piece only. Remove "${slug}" from one of the two.`,
        );
      }
      if (reservedSegments(editionOfPiece(piece.id)).includes(slug)) {
        throw problem(
          `${piecePath(id)} belongs to a page of the site itself, so it cannot redirect to this piece. Remove "${slug}" from redirectFrom.`,
        );
      }
      claimed.set(id, piece);
      if (piece.data.withdrawn) withdrawn[id] = piece.id;
      else if (published.has(piece.id)) redirects[id] = piece.id;
    }
    if (piece.data.withdrawn) withdrawn[piece.id] = piece.id;
  }
  return { redirects: sorted(redirects), withdrawn: sorted(withdrawn) };
}

const sorted = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** What the server answers for an address: a 301 to the piece's newest address, a 410, or nothing to do. */
export type MovedAnswer =
  { status: 301; location: string } | { status: 410; piece: string; pages: string[] } | undefined;

/**
 * How the server answers `pathname` (decoded; the query is the caller's to keep): under an earlier
 * address of a piece, a 301 to the same address under its newest one (a browser keeps the
 * `#fragment` itself); under a withdrawn piece's, a 410 with its page saying when and why: the
 * address's own page (a share page's) if the build has one, else the piece's.
 */
export function movedAnswer(moved: MovedPieces, pathname: string): MovedAnswer {
  const route = parseRoute(pathname);
  if (!('slug' in route)) return undefined;
  const to = moved.redirects[route.slug];
  if (to !== undefined) return { status: 301, location: pieceRoutePath(route, to) };
  const gone = moved.withdrawn[route.slug];
  if (gone === undefined) return undefined;
  const pages = route.kind === 'share' ? [pathname, piecePath(route.slug)] : [piecePath(route.slug)];
  return { status: 410, piece: gone, pages };
}

/** A registry read back from a build's file; fails naming the file when it is not one. */
export function readMovedPieces(json: string, file: string): MovedPieces {
  const data = JSON.parse(json) as Partial<MovedPieces> | null;
  const isMap = (value: unknown): value is Record<string, string> =>
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((target) => typeof target === 'string');
  if (!isMap(data?.redirects) || !isMap(data.withdrawn)) {
    throw new Error(`${file} is not a list of moved pieces: rebuild the site (npm run build).`);
  }
  return { redirects: data.redirects, withdrawn: data.withdrawn };
}
