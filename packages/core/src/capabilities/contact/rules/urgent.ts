import { personFirst } from './personFirst';

/** Urgency high: a person now. */
export const urgent = personFirst('urgent', 'urgent', (r) => r.urgency === 'high');
