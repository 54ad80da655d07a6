import type { en } from './messages';

/** The hub's messages in Dutch. */
export const nl: Record<keyof typeof en, string> = {
  'launcher.label': 'Hulp',
  'launcher.open': 'Hulp openen',
  'launcher.closeLabel': 'Sluiten',
  'launcher.close': 'Hulp sluiten',
  'hub.title': 'Hulp nodig?',
  'hub.close': 'Hulp sluiten',
  'article.back': 'Terug',
  'contact.us': 'Contact opnemen',
  'contact.still': 'Nog hulp nodig? Neem contact op',
};
