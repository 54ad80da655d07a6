/** The search's messages in English. Keys ending in `.one`/`.other` are plural forms. */
export const en = {
  'search.label': 'Search help articles',
  'search.placeholder': 'Search help',
  'search.clear': 'Clear search',
  'search.searching': 'Searching…',
  'search.results.one': '{count} article found',
  'search.results.other': '{count} articles found',
  'search.none': 'No articles match “{query}”. Try fewer or other words.',
};
