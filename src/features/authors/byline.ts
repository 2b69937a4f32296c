import { contentDir } from '../../lib/content-paths.ts';
import type { Edition } from '../editions/editions.ts';
import { formatByline } from '../editions/strings.ts';
import { bylineAuthors, inEdition, type Author } from './authors.ts';

/**
 * An author's name as the edition writes it; the site's own desk in the edition's words
 * (formatByline). A name in a folder that keeps no authors is shown as written.
 */
export function authorName(author: Author | string, edition: Edition): string {
  return formatByline([typeof author === 'string' ? author : inEdition(author.name, edition)], edition);
}

/** The byline's names in the edition, for text (a card, a feed). */
export const bylineNames = (byline: readonly string[], edition: Edition, dir: string = contentDir) =>
  bylineAuthors(byline, dir).map((author) => authorName(author, edition));
