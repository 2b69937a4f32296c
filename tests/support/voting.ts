import type { PollResults } from '../../src/features/poll/model.ts';
import { pollApiPath } from '../../src/lib/routes.ts';

/** The fixture newsroom's poll in every-component.mdx. */
export const FIXTURE_POLL = 'fixture-poll';

/** A poll's results as the API answers them from the server at `origin`. */
export async function results(origin: string, poll = FIXTURE_POLL): Promise<PollResults> {
  const response = await fetch(origin + pollApiPath(poll));
  if (!response.ok) throw new Error(`GET results answered ${response.status}: ${await response.text()}`);
  return response.json() as Promise<PollResults>;
}

/** Votes per option value, options nobody chose included. */
export const byOption = (r: PollResults) => Object.fromEntries(r.options.map((o) => [o.value, o.votes]));

interface VoteOptions {
  /** `voter=<id>`: the reader's voter cookie. */
  cookie?: string;
  headers?: Record<string, string>;
  poll?: string;
}

/** A JSON vote from a script: no Origin header (not a browser), a voter cookie if given. */
export function castVote(
  origin: string,
  choice: string,
  { cookie, headers = {}, poll = FIXTURE_POLL }: VoteOptions = {},
) {
  return fetch(origin + pollApiPath(poll), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ choice }),
  });
}

/** Runs `count` jobs with `clients` of them in flight at once; `job` gets its index and its client's. */
export async function concurrently(
  count: number,
  clients: number,
  job: (i: number, client: number) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (next < count) await job(next++, client);
    }),
  );
}
