import { afterEach, expect, test, vi } from 'vitest';
import { MAX_TRACKED_CLIENTS, RateLimiter } from '../../../../src/features/poll/rate-limit.ts';

afterEach(() => vi.useRealTimers());

test('a client over the limit is told how many seconds to wait, until its window ends', async () => {
  vi.useFakeTimers({ now: 0 });
  const limiter = RateLimiter.inMemory(2, 60);
  expect(await limiter.take('203.0.113.7')).toEqual({ ok: true });
  expect(await limiter.take('203.0.113.7')).toEqual({ ok: true });
  vi.advanceTimersByTime(15_500);
  expect(await limiter.take('203.0.113.7')).toEqual({ ok: false, retryAfterSeconds: 45 });
  expect(await limiter.take('198.51.100.1'), 'another client has its own allowance').toEqual({ ok: true });
  vi.advanceTimersByTime(44_500);
  expect(await limiter.take('203.0.113.7')).toEqual({ ok: true });
});

test('clients are known by a keyed hash, never by their address', () => {
  const one = RateLimiter.inMemory(5);
  const other = RateLimiter.inMemory(5);
  const hash = one.hashOf('203.0.113.7');
  expect(hash).toMatch(/^[\w-]{43}$/);
  expect(hash).not.toContain('203.0.113.7');
  expect(one.hashOf('203.0.113.7'), 'the same client, the same hash').toBe(hash);
  expect(other.hashOf('203.0.113.7'), 'each key hashes differently').not.toBe(hash);
});

test('all addresses of one IPv6 network (/64) share an allowance: rotating through them gains nothing', async () => {
  const limiter = RateLimiter.inMemory(2);
  expect(await limiter.take('2001:db8:1:2::1')).toEqual({ ok: true });
  expect(await limiter.take('2001:0db8:0001:0002:ffff:0:0:7')).toEqual({ ok: true });
  expect((await limiter.take('2001:db8:1:2:abcd::9')).ok).toBe(false);
  expect(await limiter.take('2001:db8:1:3::1'), 'the next network is someone else').toEqual({ ok: true });
  expect(await limiter.take('::ffff:203.0.113.7'), 'an IPv4 client seen over IPv6').toEqual({ ok: true });
  expect(limiter.hashOf('::ffff:203.0.113.7')).toBe(limiter.hashOf('203.0.113.7'));
});

test('a new client costs the same at 100,000 clients in one window as at the first', async () => {
  const limiter = RateLimiter.inMemory(30);
  const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const timeClients = async (from: number, count: number) => {
    const start = performance.now();
    for (let i = from; i < from + count; i++) await limiter.take(address(i));
    return performance.now() - start;
  };
  await timeClients(1_000_000, 5_000); // warm up the JIT on clients outside the measured range
  const first = await timeClients(0, 10_000);
  await timeClients(10_000, 80_000);
  const last = await timeClients(90_000, 10_000);
  // A limiter that scans its clients would be ~10x slower here (the old one was 19x past 10,000).
  expect(last / first).toBeLessThan(3);
  expect(await limiter.take(address(5))).toEqual({ ok: true });
  expect(limiter.trackedClients()).toBe(MAX_TRACKED_CLIENTS);
});

test('memory is capped: past the cap the least recently seen client is forgotten, the busy one is not', async () => {
  const limiter = RateLimiter.inMemory(1, 60, 1000);
  expect(await limiter.take('203.0.113.7')).toEqual({ ok: true });
  for (let i = 0; i < 5000; i++) {
    await limiter.take(`10.0.${i >> 8}.${i & 255}`);
    if (i % 500 === 0) expect((await limiter.take('203.0.113.7')).ok, 'still limited').toBe(false);
  }
  expect(limiter.trackedClients()).toBe(1000);
  expect((await limiter.take('10.0.0.0')).ok, 'the first flood address was forgotten').toBe(true);
});
