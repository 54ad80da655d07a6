import { personFirst } from './personFirst';

/** Value high: what matters most gets a person. */
export const highValue = personFirst('highValue', 'high-value', (r) => r.value === 'high');
