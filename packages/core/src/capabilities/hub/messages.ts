/** The hub's messages in English. */
export const en = {
  'launcher.label': 'Help',
  'launcher.open': 'Open help',
  'launcher.closeLabel': 'Close',
  'launcher.close': 'Close help',
  'hub.title': 'Need help?',
  'hub.close': 'Close help',
  'article.back': 'Back',
  // "Contact us" is the hub's own link, on home, an empty search and every article.
  'contact.us': 'Contact us',
  'contact.still': 'Still need help? Contact us',
};
