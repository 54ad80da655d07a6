import type { en } from './messages';

/** The search's messages in Dutch. */
export const nl: Record<keyof typeof en, string> = {
  'search.label': 'Zoek in de hulpartikelen',
  'search.placeholder': 'Zoek hulp',
  'search.clear': 'Zoekopdracht wissen',
  'search.searching': 'Zoeken…',
  'search.results.one': '{count} artikel gevonden',
  'search.results.other': '{count} artikelen gevonden',
  'search.none': 'Geen artikelen gevonden voor “{query}”. Probeer minder of andere woorden.',
};
