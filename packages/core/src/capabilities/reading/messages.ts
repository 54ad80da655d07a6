/** Reading's messages in English. */
export const en = {
  'article.helpful': 'Did this help?',
  'article.yes': 'Yes',
  'article.no': 'No',
  'article.thanks': 'Thank you for your feedback.',
};
