import type { en } from './messages';

/** Reading's messages in Dutch. */
export const nl: Record<keyof typeof en, string> = {
  'article.helpful': 'Heeft dit geholpen?',
  'article.yes': 'Ja',
  'article.no': 'Nee',
  'article.thanks': 'Bedankt voor je reactie.',
};
