import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsroomCopy } from './newsroom-copy.ts';

/**
 * The scheduled piece (tests/fixtures/scheduled/scheduled-piece.mdx), and the moments around it as
 * EXPLAINER_NOW takes them: a minute before, and the moment itself (written in another zone).
 */
export const SCHEDULED = {
  slug: 'scheduled-piece',
  title: 'A piece scheduled for Christmas Eve',
  publishAt: '2026-12-24T06:00:00+09:00',
  /** Words only it has: none may reach a build made before its moment. */
  traces: /axolotl|scheduled-piece|scheduled-poll/i,
  poll: 'scheduled-poll',
  before: '2026-12-24T05:59:00+09:00',
  at: '2026-12-23T21:00:00Z',
} as const;

/**
 * A copy of the fixture newsroom with the scheduled piece in it, in a temporary folder, with its
 * own build folder and cache: `env` builds it and runs its commands as an editor's shell would.
 */
export function scheduledNewsroom(prefix: string) {
  const copy = newsroomCopy(prefix);
  copyFileSync(
    'tests/fixtures/scheduled/scheduled-piece.mdx',
    join(copy.content, 'pieces', `${SCHEDULED.slug}.mdx`),
  );
  return copy;
}
