import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, RETRY_AFTER_CAP_MS, retryDelay } from './backoff';
import { parseRetryAfter } from './retryAfter';

describe('retryDelay', () => {
  it('doubles from the base, between half the delay and all of it', () => {
    for (const [attempt, full] of [
      [1, BACKOFF_BASE_MS],
      [2, 2 * BACKOFF_BASE_MS],
      [3, 4 * BACKOFF_BASE_MS],
    ] as const) {
      expect(retryDelay(attempt, null, () => 0)).toBe(full / 2);
      expect(retryDelay(attempt, null, () => 1)).toBe(full);
      const middle = retryDelay(attempt, null, () => 0.5);
      expect(middle).toBeGreaterThan(full / 2);
      expect(middle).toBeLessThan(full);
    }
  });

  it('stays within its bounds whatever the random number', () => {
    for (let attempt = 1; attempt < 40; attempt++) {
      for (const r of [0, 0.1, 0.37, 0.5, 0.99, 1, -3, 7]) {
        const d = retryDelay(attempt, null, () => r);
        const full = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
        expect(d).toBeGreaterThanOrEqual(full / 2);
        expect(d).toBeLessThanOrEqual(full);
      }
    }
  });

  it('is capped', () => {
    expect(retryDelay(30, null, () => 1)).toBe(BACKOFF_CAP_MS);
  });

  it('never retries sooner than Retry-After asked, up to its cap', () => {
    expect(retryDelay(1, 2_000, () => 0)).toBe(2_000);
    expect(retryDelay(1, 30_000, () => 1)).toBe(30_000);
    expect(retryDelay(5, 1_000, () => 1)).toBe(16 * BACKOFF_BASE_MS);
    expect(retryDelay(1, 10 * RETRY_AFTER_CAP_MS, () => 0)).toBe(RETRY_AFTER_CAP_MS);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 11, 1, 10, 0, 0);
  it('reads seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
  });
  it('reads an HTTP date, relative to now', () => {
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('1.5', now)).toBeNull();
    expect(parseRetryAfter('-3', now)).toBeNull();
  });
});
