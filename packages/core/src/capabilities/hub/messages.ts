/** The hub's messages in English. */
export const en = {
  'launcher.label': 'Help',
  'launcher.open': 'Open help',
  'launcher.closeLabel': 'Close',
  'launcher.close': 'Close help',
  'hub.title': 'Need help?',
  'hub.close': 'Close help',
  'article.back': 'Back',
};
