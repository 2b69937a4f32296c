import { getPublishedPageData } from '../../lib/published.ts';
import { buildPollRegistry, type RegisteredPoll } from './model.ts';

/**
 * Every poll in the published pieces, keyed by id; fails on an id two pieces share. At build time
 * (pages, and the registry file the site's server loads) and under `astro dev`: it renders every
 * piece, so the server's own bundle must not import it.
 */
export async function getPollRegistry(): Promise<Map<string, RegisteredPoll>> {
  return buildPollRegistry(
    (await getPublishedPageData()).map(({ piece, data }) => ({
      id: piece.id,
      title: piece.data.title,
      file: piece.filePath ?? piece.id,
      polls: data.polls,
      translationOf: piece.data.translationOf,
    })),
  );
}
