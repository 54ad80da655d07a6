/** English, the fallback for every other language. Keys ending in `.one`/`.other` are plural forms. */
export const en = {
  'launcher.label': 'Help',
  'launcher.open': 'Open help',
  'hub.title': 'Need help?',
  'hub.close': 'Close help',
  'search.label': 'Search help articles',
  'search.placeholder': 'Search help',
  'search.clear': 'Clear search',
  'search.searching': 'Searching…',
  'search.results.one': '{count} article found',
  'search.results.other': '{count} articles found',
  'search.none': 'No articles match “{query}”. Try fewer or other words.',
  'home.step': 'Help for this step',
  'home.page': 'Help for this page',
  'home.popular': 'Popular help',
  'home.empty': 'There are no help articles yet.',
  'articles.loading': 'Loading help…',
  'articles.error': 'The help articles could not be loaded.',
  'articles.retry': 'Try again',
  'article.back': 'Back',
  'article.missing': 'This article is not available.',
  'article.helpful': 'Did this help?',
  'article.yes': 'Yes',
  'article.no': 'No',
  'article.thanks': 'Thank you for your feedback.',
  'article.related': 'Related articles',
  'article.opensNewTab': '(opens in a new tab)',
} as const;

/** A key of a built-in message. */
export type MessageKey = keyof typeof en;
/** A full set of messages for one language. */
export type Messages = Record<MessageKey, string>;
