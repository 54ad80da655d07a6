/** How long one slice of background work may run before it yields to the page, in ms. */
export const SLICE_MS = 8;

/**
 * Lets the page handle input, paint and run its own tasks before background work goes on: a
 * zero timer, which queues behind the page's tasks. (Not `scheduler.yield()`: its continuation
 * jumps ahead of them, and the host page's own timers starved for 1.6 s while 5,000 articles
 * were indexed.)
 */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The pace of one piece of background work, to call between its steps: once the current slice
 * has run `SLICE_MS` it yields to the page (and a new slice begins when the page is done);
 * before that it gives nothing to wait for. Slices by time, not by count, so a slow device or a
 * busy machine gets smaller ones, never a long task.
 */
export function pace(): () => Promise<void> | undefined {
  let start = Date.now();
  return () => (Date.now() - start < SLICE_MS ? undefined : yieldToPage().then(() => void (start = Date.now())));
}

/** Runs `step` for each item, at `pace()`. */
export async function inSlices<T>(items: readonly T[], step: (item: T, index: number) => void): Promise<void> {
  const pause = pace();
  for (let i = 0; i < items.length; i++) {
    step(items[i]!, i);
    const wait = i < items.length - 1 ? pause() : undefined;
    if (wait) await wait;
  }
}
