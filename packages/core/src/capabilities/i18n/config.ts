import * as v from 'valibot';
import { oneOf } from '../../config/fields';

/** The languages whose messages ship with Situ. */
export const BUILT_IN_LOCALES = ['en', 'nl'] as const;

/** The i18n part of the config schema. */
export const fields = () => ({
  locale: v.optional(oneOf(BUILT_IN_LOCALES)),
  messages: v.optional(
    v.record(
      v.string(),
      v.record(v.string(), v.string(), 'expected { "message-key": "text" }'),
      'expected { "en": { "message-key": "text" } }',
    ),
  ),
});
