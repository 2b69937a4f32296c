/** What one load run achieved. */
export interface LoadResult {
  /** Votes answered 200. */
  votes: number;
  /** Answers other than 200, and requests that failed outright. */
  failures: number;
  seconds: number;
}

/**
 * Sends JSON votes from `connections` clients at once for `seconds`, each client to one of
 * `endpoints` in turn (client i to endpoint i mod n), each vote as a new reader (no cookie).
 */
export async function voteLoad(
  endpoints: string[],
  choices: string[],
  { connections = 50, seconds = 5 } = {},
): Promise<LoadResult> {
  let votes = 0;
  let failures = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      const endpoint = endpoints[client % endpoints.length]!;
      for (let i = client; performance.now() < until; i += connections) {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ choice: choices[i % choices.length] }),
        }).catch(() => null);
        await response?.arrayBuffer();
        if (response?.status === 200) votes++;
        else failures++;
      }
    }),
  );
  return { votes, failures, seconds: (performance.now() - started) / 1000 };
}
