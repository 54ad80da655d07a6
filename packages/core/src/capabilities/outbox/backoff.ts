/** The first retry waits about this long, in ms. */
export const BACKOFF_BASE_MS = 2_000;
/** No retry waits longer than this, in ms, unless the server asked for longer. */
export const BACKOFF_CAP_MS = 5 * 60_000;
/** A server's `Retry-After` is honoured up to this, in ms (a day-long wait would strand a message). */
export const RETRY_AFTER_CAP_MS = 6 * 60 * 60_000;

/**
 * How long to wait before try `attempt + 1`, after `attempt` tries failed: doubling from
 * `BACKOFF_BASE_MS`, capped at `BACKOFF_CAP_MS`, with "equal jitter" (between half the delay
 * and the whole of it) so that many pages coming back online at once spread out. A server's
 * `Retry-After` (in ms, already parsed) is a floor: never sooner than it asked.
 */
export function retryDelay(attempt: number, retryAfterMs: number | null, random: () => number): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exponential / 2 + (exponential / 2) * Math.min(1, Math.max(0, random())));
  return retryAfterMs === null ? jittered : Math.max(Math.min(retryAfterMs, RETRY_AFTER_CAP_MS), jittered);
}
