import { personFirst } from './personFirst';

/** Matrix `encourage` (valuable to both sides, such as advice): offer a person prominently. */
export const encourage = personFirst('encourage', 'personal', (r) => r.matrix === 'encourage');
