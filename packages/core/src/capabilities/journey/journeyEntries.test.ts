import { describe, expect, it } from 'vitest';
import { cleanUrl } from './cleanUrl';
import { extendJourney, JOURNEY_LIMIT, parseJourney, type JourneyEntry } from './journeyEntries';

const entry = (n: number, step: string | null = null): JourneyEntry => ({ url: `https://x.test/${n}`, pageId: `p${n}`, step, at: `2026-11-23T10:00:${String(n % 60).padStart(2, '0')}Z` });

describe('journey', () => {
  it('keeps the newest 20 and skips repeats', () => {
    let j: JourneyEntry[] = [];
    for (let i = 0; i < 30; i++) j = extendJourney(j, entry(i));
    expect(j).toHaveLength(JOURNEY_LIMIT);
    expect(j[0]?.pageId).toBe('p10');
    expect(extendJourney(j, { ...entry(29), at: 'later' })).toHaveLength(JOURNEY_LIMIT);
    expect(extendJourney(j, entry(29, 'card')).at(-1)?.step).toBe('card');
  });
  it('reads stored journeys defensively', () => {
    expect(parseJourney(null)).toEqual([]);
    expect(parseJourney('{broken')).toEqual([]);
    expect(parseJourney(JSON.stringify([entry(1), { junk: true }]))).toEqual([entry(1)]);
  });
  it('strips query strings unless kept', () => {
    expect(cleanUrl('https://x.test/a?token=secret#h', 'strip')).toBe('https://x.test/a#h');
    expect(cleanUrl('https://x.test/a?q=1', 'keep')).toBe('https://x.test/a?q=1');
    // A hash that carries parameters goes like a query string; a route hash stays.
    expect(cleanUrl('https://x.test/cb#access_token=SECRET&state=1', 'strip')).toBe('https://x.test/cb');
    expect(cleanUrl('https://x.test/app#/claims/12', 'strip')).toBe('https://x.test/app#/claims/12');
    expect(cleanUrl('https://x.test/a#section-2', 'strip')).toBe('https://x.test/a#section-2');
  });
});
