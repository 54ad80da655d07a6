import type { askMessages } from './messages';

/** The question's messages in Dutch. */
export const nl: Record<keyof typeof askMessages, string> = {
  'ask.confirm': 'Doorgaan',
  'ask.cancel': 'Annuleren',
  'ask.readMore': 'Lees: {title}',
  'ask.hideArticle': 'Artikel verbergen',
  'ask.person': 'Twijfel je? Praat met een medewerker',
  'ask.call': 'Bel {number}',
  'ask.email': 'Mail {address}',
};
