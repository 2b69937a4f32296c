import { existsSync, readFileSync } from 'node:fs';
import type { PollInEdition, RegisteredPoll } from './model.ts';

/**
 * The polls a build published (its `/api/polls/registry.json`, src/pages/api/polls/registry.json.ts),
 * keyed by id, as the site's server loads them at start. A build without the file (one from before
 * it existed) has no polls that take votes.
 */
export function loadPollRegistry(file: string): Map<string, RegisteredPoll> {
  if (!existsSync(file)) return new Map();
  const polls: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(polls) || !polls.every(isRegisteredPoll)) {
    throw new Error(`${file} is not a list of polls: rebuild the site (npm run build).`);
  }
  return new Map(polls.map((poll) => [poll.id, poll]));
}

function isPollInEdition(poll: unknown): poll is PollInEdition {
  const p = poll as Partial<PollInEdition> | null;
  return (
    typeof p?.id === 'string' &&
    typeof p.question === 'string' &&
    typeof p.piece === 'string' &&
    typeof p.pieceTitle === 'string' &&
    Array.isArray(p.options) &&
    p.options.every((o) => typeof o?.value === 'string' && typeof o.label === 'string')
  );
}

function isRegisteredPoll(poll: unknown): poll is RegisteredPoll {
  const editions = (poll as Partial<RegisteredPoll> | null)?.editions;
  return (
    isPollInEdition(poll) &&
    typeof editions === 'object' &&
    editions !== null &&
    Object.values(editions).every(isPollInEdition)
  );
}
