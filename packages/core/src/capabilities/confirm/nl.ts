import type { confirmMessages } from './messages';

/** Confirmation's messages in Dutch. */
export const nl: Record<keyof typeof confirmMessages, string> = {
  'confirm.reference': 'Referentie',
  'confirm.next': 'Wat er nu gebeurt',
  'confirm.close': 'Sluiten',
  'confirm.notSaved': 'Deze bevestiging kon niet op dit apparaat worden bewaard; noteer de referentie.',
};
