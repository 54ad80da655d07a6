import { personFirst } from './personFirst';

/** An emotional moment: a person, not a form. */
export const emotional = personFirst('emotional', 'emotional', (r) => r.moment === 'emotional');
