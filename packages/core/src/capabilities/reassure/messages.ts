/** Reassurance's messages in English; they load with the card (a lazy chunk). */
export const reassureMessages = {
  'reassure.next': 'What happens next',
  'reassure.dismiss': 'Dismiss',
  'reassure.person': 'Talk to a person',
  'reassure.call': 'Call {number}',
  'reassure.email': 'Email {address}',
};
