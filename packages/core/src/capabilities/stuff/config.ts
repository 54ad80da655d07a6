import * as v from 'valibot';
import { text } from '../../config/fields';

/** My Stuff's top-level fields. */
export const fields = () => ({ itemsUrl: v.optional(text('a URL')) });
