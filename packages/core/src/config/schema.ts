import * as v from 'valibot';
import type { AnyCapability } from '../kernel/capability';
import type { Config } from '../engine';
import { id, oneOf, selector, type SchemaChecks } from './fields';
import { validate, type ValidationResult } from './validate';

/**
 * The config schema, built from the fragments of the capabilities in use: the kernel's own
 * fields (`version`, `site`), each capability's top-level fields, and the page and step fields
 * every capability adds (`help`). `privacy` is the kernel's: every capability must honour it. Strict objects: a misspelt field is a problem, not ignored.
 */
export function buildSchema(capabilities: readonly AnyCapability[], checks: SchemaChecks) {
  const help: v.ObjectEntries = Object.assign({}, ...capabilities.map((c) => c.config?.help?.(checks)));
  return v.strictObject(
    Object.assign(
      {
        version: v.literal(1, 'expected 1'),
        site: v.optional(id()),
        privacy: v.optional(
          v.strictObject({
            redact: v.optional(v.array(selector(checks), 'expected a list of CSS selectors')),
            query: v.optional(oneOf(['strip', 'keep'])),
          }),
        ),
      },
      ...capabilities.map((c) => c.config?.fields?.(checks, help)),
    ) as v.ObjectEntries,
  );
}

/** The kernel's own fields, resolved. */
export function resolveBase(config: { site?: string; privacy?: { redact?: string[]; query?: 'strip' | 'keep' } }) {
  return {
    site: config.site ?? 'site',
    privacy: { redact: config.privacy?.redact ?? [], query: config.privacy?.query ?? 'strip' },
  };
}

/** Validates a config against the capabilities' schema, keeping what is valid (see `validate`). */
export function validateConfig(capabilities: readonly AnyCapability[], input: unknown, checks: SchemaChecks): ValidationResult<Config> {
  // A wrong version is reported, and the rest is still read as version 1.
  return validate(buildSchema(capabilities, checks), input, { version: 1 }, (draft) => (draft.version = 1)) as ValidationResult<Config>;
}
