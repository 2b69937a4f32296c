import { relative, resolve } from 'node:path';
import type { FaqEntry } from '../faq/faq.ts';
import { DEFAULT_EDITION, editionOfPiece, EDITIONS, isDefaultEdition, type Edition } from './editions.ts';

/** What the editions need of a piece: its id (its address and edition) and what it translates. */
interface Translatable {
  id: string;
  filePath?: string | undefined;
  data: {
    translationOf?: string | undefined;
    translatedFrom?: Date | undefined;
    published: Date;
    updated?: Date | undefined;
  };
}

/** One page in one edition: hreflang alternates, the sitemap's xhtml:link, the language switcher. */
export interface EditionVersion {
  edition: Edition;
  path: string;
}

const fileOf = (piece: Translatable) => relative(process.cwd(), resolve(piece.filePath ?? piece.id));

/** The original a piece is a version of: itself, or the piece it translates. */
const originalOf = (piece: Translatable) => piece.data.translationOf?.trim() ?? piece.id;

/**
 * Each published piece's versions: the piece and its translations, one per edition, in the
 * editions' order (the original first). A piece that exists only in its own edition has one.
 * Stops the build on two translations of one piece into one edition, and on a published
 * translation of a piece that is not published (it would link to a page that is not there).
 */
export function editionVersions<P extends Translatable>(pieces: readonly P[]): Map<string, P[]> {
  const groups = new Map<string, P[]>();
  for (const piece of pieces) {
    const group = groups.get(originalOf(piece)) ?? [];
    const edition = editionOfPiece(piece.id);
    const twin = group.find((other) => editionOfPiece(other.id) === edition);
    if (twin) {
      throw new Error(
        `${fileOf(piece)}: translationOf: ${twin.id} already translates "${originalOf(piece)}" into ${edition.name}. ` +
          'One translation per edition: remove one, or make it a draft.',
      );
    }
    group.push(piece);
    groups.set(originalOf(piece), group);
  }
  const byId = new Map<string, P[]>();
  for (const [original, group] of groups) {
    if (!group.some((piece) => piece.id === original)) {
      const translation = group[0]!;
      throw new Error(
        `${fileOf(translation)}: translationOf: the piece "${original}" it translates is not published (a draft, or withdrawn?), so this ` +
          'translation would have no original to link to. Publish the original first, or keep the translation a draft; ' +
          'if the original was withdrawn, withdraw the translation too (npm run withdraw -- <edition>/<slug> --reason "…").',
      );
    }
    const order = (piece: P) =>
      EDITIONS.findIndex((edition) => edition.code === editionOfPiece(piece.id).code);
    const ordered = [...group].sort((a, b) => order(a) - order(b));
    for (const piece of ordered) byId.set(piece.id, ordered);
  }
  return byId;
}

/** The original among a piece's versions: the default edition's. */
export const originalIn = <P extends Translatable>(versions: readonly P[]): P =>
  versions.find((piece) => isDefaultEdition(editionOfPiece(piece.id)))!;

/**
 * Whether the original changed after the version this translation follows: the translation says
 * so at its top until its `translatedFrom` records the newer date.
 */
export function isOutdated(translation: Translatable, original: Translatable): boolean {
  const { translatedFrom } = translation.data;
  const changed = original.data.updated ?? original.data.published;
  return translatedFrom !== undefined && changed.getTime() > translatedFrom.getTime();
}

/**
 * Stops the build when a translation's FAQ answers are not the original's: each answer keeps its
 * id in every edition (`/ja/<piece>/#two-plus-two`), so a reader who switches language keeps the
 * place, and a share page exists in every edition of its piece.
 */
export function checkTranslatedFaqs(
  entries: readonly { piece: Translatable; data: { faq: readonly FaqEntry[] } }[],
) {
  const byId = new Map(entries.map((entry) => [entry.piece.id, entry]));
  for (const { piece, data } of entries) {
    if (isDefaultEdition(editionOfPiece(piece.id))) continue;
    const original = byId.get(originalOf(piece));
    if (!original) continue; // editionVersions says the original is not published
    const ids = new Set(data.faq.map((entry) => entry.id));
    const originalIds = new Set(original.data.faq.map((entry) => entry.id));
    const missing = [...originalIds].filter((id) => !ids.has(id));
    const extra = [...ids].filter((id) => !originalIds.has(id));
    if (missing.length || extra.length) {
      throw new Error(
        `${fileOf(piece)}: a translation keeps the id of each FAQ answer of the original (${fileOf(original.piece)}), so a reader ` +
          'who switches language lands on the same answer. ' +
          (missing.length ? `Missing here: ${missing.map((id) => `id="${id}"`).join(', ')}. ` : '') +
          (extra.length ? `Not in the original: ${extra.map((id) => `id="${id}"`).join(', ')}. ` : '') +
          `Give each translated <Question> the id of the answer it translates (the original's ids: ${[...originalIds].join(', ') || 'none'}).`,
      );
    }
  }
}

/**
 * The old ids (aliases) of the original's answers, by translation and answer: every edition's
 * answer answers to them too, so a link shared under an old id (`#two-plus-two`) lands on the
 * answer in any edition, as its own id does.
 */
export function originalAliases(
  entries: readonly { piece: Translatable; data: { faq: readonly FaqEntry[] } }[],
): Map<string, Record<string, string[]>> {
  const byId = new Map(entries.map((entry) => [entry.piece.id, entry]));
  const aliases = new Map<string, Record<string, string[]>>();
  for (const { piece } of entries) {
    const original = byId.get(originalOf(piece));
    if (!original || original.piece.id === piece.id) continue;
    aliases.set(piece.id, Object.fromEntries(original.data.faq.map((entry) => [entry.id, entry.aliases])));
  }
  return aliases;
}

/** The default edition's version among some, for `hreflang="x-default"`; undefined when there is none. */
export const defaultVersion = (versions: readonly EditionVersion[]) =>
  versions.find((version) => version.edition.code === DEFAULT_EDITION.code);
