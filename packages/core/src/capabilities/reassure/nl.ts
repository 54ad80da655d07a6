import type { reassureMessages } from './messages';

/** Reassurance's messages in Dutch. */
export const nl: Record<keyof typeof reassureMessages, string> = {
  'reassure.next': 'Wat er nu gebeurt',
  'reassure.dismiss': 'Sluiten',
  'reassure.person': 'Praat met een medewerker',
  'reassure.call': 'Bel {number}',
  'reassure.email': 'Mail {address}',
};
