import { getCollection } from 'astro:content';
import { getPublishedPageData, getPublishedPieces, renderPiece, type Piece } from '../../lib/published.ts';
import { movedPieces, type MovedPieces } from './moved.ts';

/** The registry of this build's renamed and withdrawn pieces (src/features/moved-pieces/moved.ts). */
export async function getMovedPieces(): Promise<MovedPieces> {
  const published = new Set((await getPublishedPieces()).map((piece) => piece.id));
  return movedPieces(await getCollection('pieces'), published);
}

/** A withdrawn piece, with when and why. */
export type WithdrawnPiece = Piece & { data: { withdrawn: { at: Date; reason: string } } };

/** Every answer id and alias of a FAQ: the share pages a piece has, or had. */
const faqIds = (faq: readonly { id: string; aliases: readonly string[] }[]) => [
  ...new Set(faq.flatMap((entry) => [entry.id, ...entry.aliases])),
];

/**
 * Each earlier address of a renamed piece (by id), the piece it leads to, and the FAQ ids of the
 * share pages under it (src/pages/[...renamed]/).
 */
export async function getRedirectPages(): Promise<{ id: string; piece: Piece; faqIds: string[] }[]> {
  const { redirects } = await getMovedPieces();
  // Rendering every piece for its FAQ is for nothing when no piece was renamed (the preview asks often).
  if (Object.keys(redirects).length === 0) return [];
  const published = new Map((await getPublishedPageData()).map((entry) => [entry.piece.id, entry]));
  return Object.entries(redirects).map(([id, to]) => {
    const { piece, data } = published.get(to)!;
    return { id, piece, faqIds: faqIds(data.faq) };
  });
}

/**
 * Each address of a withdrawn piece (its own and its earlier ones, by id), the piece, and the FAQ
 * ids of the share pages it had (src/pages/[...withdrawn]/).
 */
export async function getWithdrawnPages(): Promise<
  { id: string; piece: WithdrawnPiece; faqIds: string[] }[]
> {
  const { withdrawn } = await getMovedPieces();
  const all = new Map((await getCollection('pieces')).map((piece) => [piece.id, piece]));
  return Promise.all(
    Object.entries(withdrawn).map(async ([id, owner]) => {
      const piece = all.get(owner)! as WithdrawnPiece;
      return { id, piece, faqIds: faqIds((await renderPiece(piece)).data.faq) };
    }),
  );
}
