import type { Page } from './page';

/**
 * The step the visitor is on: the one the host set with `step()`, else the last step, in
 * config order, whose `when` selector matches a rendered element (flows list steps in order,
 * and a later step is the more specific where several are in the page).
 */
export function activeStep(page: Page | null, matching: ReadonlySet<string>, explicit: string | null): string | null {
  if (explicit) return explicit;
  if (!page?.steps) return null;
  let found: string | null = null;
  for (const step of page.steps) if (step.when && matching.has(step.when)) found = step.id;
  return found;
}

/** The `when` selectors of a page's steps, to watch while the page is current. */
export function stepSelectors(page: Page | null): string[] {
  return [...new Set((page?.steps ?? []).flatMap((s) => (s.when ? [s.when] : [])))];
}
