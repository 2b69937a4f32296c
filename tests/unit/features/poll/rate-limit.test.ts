import { expect, test } from 'vitest';
import { RateLimiter } from '../../../../src/features/poll/rate-limit.ts';

test('a client over the limit is told how many seconds to wait, until its window ends', () => {
  let now = 0;
  const limiter = new RateLimiter({ limit: 2, windowMs: 60_000, now: () => now });
  expect(limiter.take('203.0.113.7')).toEqual({ ok: true });
  expect(limiter.take('203.0.113.7')).toEqual({ ok: true });
  now = 15_500;
  expect(limiter.take('203.0.113.7')).toEqual({ ok: false, retryAfterSeconds: 45 });
  expect(limiter.take('198.51.100.1'), 'another client has its own allowance').toEqual({ ok: true });
  now = 60_000;
  expect(limiter.take('203.0.113.7')).toEqual({ ok: true });
});

test('no client address is kept, only a keyed hash of it', () => {
  const limiter = new RateLimiter({ limit: 5, windowMs: 60_000 });
  limiter.take('203.0.113.7');
  const kept = limiter.trackedClients();
  expect(kept).toHaveLength(1);
  expect(kept[0]).not.toContain('203.0.113.7');
  expect(kept[0]).toMatch(/^[\w-]{43}$/);
});
