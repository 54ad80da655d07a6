import * as v from 'valibot';
import { languageCode } from '../../config/fields';

/** The languages whose messages ship with Situ. */
export const BUILT_IN_LOCALES = ['en', 'nl'] as const;

/**
 * The i18n part of the config schema. The locale may be any language code (`nl-BE`, `de`): the
 * site's articles may be in it. Interface strings come from the built-in language of the same
 * base (`nl` for `nl-BE`), then the config's `messages`, else English.
 */
export const fields = () => ({
  locale: v.optional(languageCode()),
  messages: v.optional(
    v.record(
      v.string(),
      v.record(v.string(), v.string(), 'expected { "message-key": "text" }'),
      'expected { "en": { "message-key": "text" } }',
    ),
  ),
});
