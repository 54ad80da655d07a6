/** One place the visitor has been: a page, or a step of it. */
export interface JourneyEntry {
  /** The URL, with its query string removed unless the config keeps it. */
  url: string;
  /** The matched page's id, or null on a page the config does not know. */
  pageId: string | null;
  /** The step, or null. */
  step: string | null;
  /** When, as an ISO 8601 time. */
  at: string;
}

/** How many journey entries are kept. */
export const JOURNEY_LIMIT = 20;

/** Adds an entry unless it repeats the last one; keeps the newest `JOURNEY_LIMIT`. */
export function extendJourney(journey: readonly JourneyEntry[], entry: JourneyEntry): JourneyEntry[] {
  const last = journey[journey.length - 1];
  if (last && last.url === entry.url && last.pageId === entry.pageId && last.step === entry.step) return [...journey];
  return [...journey, entry].slice(-JOURNEY_LIMIT);
}

/** Reads a stored journey, tolerating anything malformed (storage is shared with the host). */
export function parseJourney(raw: string | null): JourneyEntry[] {
  if (!raw) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list
      .filter(
        (e): e is JourneyEntry =>
          typeof e === 'object' && e !== null && typeof e.url === 'string' && typeof e.at === 'string',
      )
      .slice(-JOURNEY_LIMIT);
  } catch {
    return [];
  }
}
