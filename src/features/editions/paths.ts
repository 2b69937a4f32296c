import { EDITIONS, isDefaultEdition, PREFIXED_EDITIONS, type Edition } from './editions.ts';
import type { EditionVersion } from './translations.ts';

/**
 * `getStaticPaths` of a page every edition has, in a `[...edition]` folder of src/pages: the
 * default edition's at the root (no parameter), every other under its code.
 */
export const everyEdition = () =>
  EDITIONS.map((edition) => ({
    params: { edition: isDefaultEdition(edition) ? undefined : edition.code },
    props: { edition: edition as Edition },
  }));

/**
 * `getStaticPaths` of the other half of a page pair (the front page, the 404 page, the site's
 * card): `src/pages/<page>` serves the default edition, `src/pages/[edition]/<page>` every other.
 * (A rest parameter at the root would be the pieces' own route.)
 */
export const prefixedEditions = () =>
  PREFIXED_EDITIONS.map((edition) => ({ params: { edition: edition.code }, props: { edition } }));

/** A page that every edition has, at `pathOf(edition)`: its alternates. */
export const inEveryEdition = (pathOf: (edition: Edition) => string): EditionVersion[] =>
  EDITIONS.map((edition) => ({ edition, path: pathOf(edition) }));
