/**
 * The hints' messages in English. They load with the hints (a lazy chunk), not with the hub;
 * the config can override them like any other message.
 */
export const hintMessages = {
  'hint.beacon': 'Help with {label}',
  'hint.beaconField': 'Help with this field',
};
