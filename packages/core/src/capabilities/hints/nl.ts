import type { hintMessages } from './messages';

/** The hints' messages in Dutch. */
export const nl: Record<keyof typeof hintMessages, string> = {
  'hint.beacon': 'Hulp bij {label}',
  'hint.beaconField': 'Hulp bij dit veld',
};
