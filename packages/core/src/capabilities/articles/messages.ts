/** The articles' messages in English. */
export const en = {
  'home.step': 'Help for this step',
  'home.page': 'Help for this page',
  'home.popular': 'Help articles',
  'home.empty': 'There are no help articles yet.',
  'articles.loading': 'Loading help…',
  'articles.error': 'The help articles could not be loaded.',
  'articles.retry': 'Try again',
  'article.heading': 'Help article',
  'article.missing': 'This article is not available.',
  'article.related': 'Related articles',
  'article.opensNewTab': '(opens in a new tab)',
};

