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
 * Runs `step` for each item, yielding to the page whenever a slice has run `SLICE_MS`: slices
 * by time, not by count, so a slow device or a busy machine gets smaller ones, never a long task.
 */
export async function inSlices<T>(items: readonly T[], step: (item: T, index: number) => void): Promise<void> {
  let start = Date.now();
  for (let i = 0; i < items.length; i++) {
    step(items[i]!, i);
    if (Date.now() - start >= SLICE_MS && i < items.length - 1) {
      await yieldToPage();
      start = Date.now();
    }
  }
}
