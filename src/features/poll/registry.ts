import { render } from 'astro:content';
import { getPublishedPieces } from '../../lib/published.ts';
import { buildPollRegistry, pollsOf, type RegisteredPoll } from './model.ts';

/** Every poll in the published pieces, keyed by id; fails on an id two pieces share. */
export async function getPollRegistry(): Promise<Map<string, RegisteredPoll>> {
  const pieces = await getPublishedPieces();
  return buildPollRegistry(
    await Promise.all(
      pieces.map(async (piece) => ({
        id: piece.id,
        title: piece.data.title,
        file: piece.filePath ?? piece.id,
        polls: pollsOf((await render(piece)).remarkPluginFrontmatter),
      })),
    ),
  );
}

let registry: Promise<Map<string, RegisteredPoll>> | undefined;

/** The registry of the pieces compiled into this server: the same for its whole life, read once. */
export function pollRegistry(): Promise<Map<string, RegisteredPoll>> {
  registry ??= getPollRegistry();
  return registry;
}
