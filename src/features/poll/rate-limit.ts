import { createHmac, randomBytes } from 'node:crypto';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  limit: number;
  windowMs: number;
  now?: () => number;
}

/**
 * A fixed-window limit per client. Clients are remembered only by a keyed hash of their address,
 * with a key that lives in this process's memory and dies with it: no raw IP address is stored,
 * and the hashes cannot be reversed by trying every address without the key.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();
  readonly #key = randomBytes(32);
  readonly #options: Required<RateLimitOptions>;

  constructor(options: RateLimitOptions) {
    this.#options = { now: Date.now, ...options };
  }

  /** Counts one request from `client` (an IP address) and says whether it may go ahead. */
  take(client: string): RateDecision {
    const { limit, windowMs, now } = this.#options;
    const time = now();
    const id = createHmac('sha256', this.#key).update(client).digest('base64url');
    let window = this.#windows.get(id);
    if (!window || time - window.start >= windowMs) {
      if (!window && this.#windows.size >= 10_000) this.#forgetExpired(time);
      window = { start: time, count: 0 };
      this.#windows.set(id, window);
    }
    if (window.count >= limit) {
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - time) / 1000)),
      };
    }
    window.count += 1;
    return { ok: true };
  }

  /** What is kept about the clients seen: only their keyed hashes (for tests and diagnostics). */
  trackedClients(): string[] {
    return [...this.#windows.keys()];
  }

  #forgetExpired(time: number) {
    for (const [id, window] of this.#windows) {
      if (time - window.start >= this.#options.windowMs) this.#windows.delete(id);
    }
  }
}
