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
  'link.unsaved': 'You have typed details on this page that are not saved yet. Leaving the page may lose them.',
  'link.newTab': 'Open in a new tab',
  'link.leave': 'Leave this page',
  'link.stay': 'Stay here',
};
