import type { Config } from '../config/schema';
import type { ConfigProblem } from '../config/validate';
import type { SituError } from '../errors';
import type { HubView } from '../hub/view';

/** The events Situ emits, each with its payload. */
export interface SituEvents extends Record<string, unknown> {
  /** The config is loaded (with `problems` listing anything that was dropped). */
  ready: { config: Config; problems: ConfigProblem[] };
  /** The hub opened, at `view`. */
  open: { view: HubView };
  /** The hub closed. */
  close: Record<string, never>;
  /** The step changed, by the host's `step()` (`source: 'host'`) or the page's content. */
  step: { step: string | null; pageId: string | null; source: 'host' | 'page'; data?: unknown };
  /** An article was opened. */
  'article:view': { id: string; title: string };
  /** The visitor answered "Did this help?". */
  'article:rate': { id: string; title: string; helpful: boolean };
  /** A search settled (the query stood still for a moment, or the visitor opened a result). */
  search: { query: string; results: number };
  /** Something went wrong; the host page is unaffected. */
  error: { error: SituError };
}

/** The name of a Situ event. */
export type SituEventName = keyof SituEvents & string;
