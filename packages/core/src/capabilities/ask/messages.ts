/** The question's messages in English; they load with the dialog (a lazy chunk). */
export const askMessages = {
  'ask.confirm': 'Continue',
  'ask.cancel': 'Cancel',
  'ask.readMore': 'Read: {title}',
  'ask.hideArticle': 'Hide the article',
  'ask.person': 'Not sure? Talk to a person',
  'ask.call': 'Call {number}',
  'ask.email': 'Email {address}',
};
