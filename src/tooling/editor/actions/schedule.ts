import { readFileSync, writeFileSync } from 'node:fs';
import { formatProblem, type Problem } from '../../../lib/problem.ts';
import { readMoment } from '../../../lib/schedule.ts';
import { setFrontmatter } from '../frontmatter-edit.ts';
import { changed, Refusal, type Change } from './changes.ts';

/**
 * Schedules a piece (its `publishAt`, a moment with its offset from UTC, src/lib/schedule.ts), or
 * takes the schedule off (null). A piece scheduled is also no draft: it goes live by itself then,
 * so it must pass the content check (`check`) as it will be, or nothing is written.
 */
export async function schedulePiece(
  file: string,
  publishAt: string | null,
  check: (source: string) => Promise<Problem[]>,
): Promise<Change[]> {
  if (publishAt !== null) {
    const read = readMoment(publishAt);
    if ('problem' in read) {
      throw new Refusal(422, 'invalid-moment', `publishAt ${read.problem}`);
    }
  }
  const source = readFileSync(file, 'utf8');
  const next = setFrontmatter(source, {
    publishAt: publishAt ?? undefined,
    ...(publishAt !== null && { draft: undefined }),
  });
  if (next === source) return [];
  const problems = publishAt === null ? [] : await check(next);
  if (problems.length) {
    throw new Refusal(
      422,
      'checks-failed',
      `Not scheduled: it would go live with ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  writeFileSync(file, next);
  return [changed(file)];
}
