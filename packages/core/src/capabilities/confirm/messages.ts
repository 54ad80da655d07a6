/** Confirmation's messages in English; they load with the card (a lazy chunk). */
export const confirmMessages = {
  'confirm.reference': 'Reference',
  'confirm.next': 'What happens next',
  'confirm.close': 'Close',
  'confirm.notSaved': 'This confirmation could not be kept on this device; note the reference.',
};
