import autocannon from 'autocannon';

/** What one load run against one address achieved. */
export interface HttpLoad {
  /** Requests answered 2xx per second. */
  rate: number;
  /** Latency percentiles, milliseconds. */
  p50: number;
  p99: number;
  /** Answers that were not 2xx, and requests that failed outright. */
  failures: number;
}

/**
 * `connections` clients asking for `url` back to back for `seconds` (autocannon: HTTP/1.1,
 * kept-alive connections, one request at a time on each, as browsers send them).
 */
export async function httpLoad(
  url: string,
  headers: Record<string, string>,
  { connections = 50, seconds = 10 } = {},
): Promise<HttpLoad> {
  const result = await autocannon({ url, headers, connections, duration: seconds });
  return {
    rate: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors,
  };
}
