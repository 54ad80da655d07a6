import * as v from 'valibot';
import type { AnyCapability } from '../kernel/capability';
import type { Config } from '../engine';
import { id, oneOf, selector, strict, type SchemaChecks } from './fields';
import { validate, type ValidationResult } from './validate';

/**
 * The config schema, built from the fragments of the capabilities in use: the kernel's own
 * fields (`version`, `site`), each capability's top-level fields, and the page and step fields
 * every capability adds (`help`). `privacy` is the kernel's: every capability must honour it. Strict objects: a misspelt field is a problem, not ignored.
 */
export async function buildSchema(capabilities: readonly AnyCapability[], checks: SchemaChecks) {
  const fragments = await Promise.all(capabilities.map((c) => c.config?.schema?.()));
  const help: v.ObjectEntries = Object.assign({}, ...fragments.map((f) => f?.help?.(checks)));
  return strict(
    Object.assign(
      {
        version: v.literal(1, 'expected 1'),
        site: v.optional(id()),
        privacy: v.optional(
          strict({
            redact: v.optional(v.array(selector(checks), 'expected a list of CSS selectors')),
            query: v.optional(oneOf(['strip', 'keep'])),
          }),
        ),
        checked: v.optional(v.string()),
        // What `situ check --stamp` worked out ahead of time; trusted only under a valid stamp.
        derived: v.optional(v.record(v.string(), v.unknown())),
      },
      ...fragments.map((f) => f?.fields?.(checks, help)),
    ) as v.ObjectEntries,
  );
}

/** Validates a config against the capabilities' schema, keeping what is valid (see `validate`). */
export async function validateConfig(
  capabilities: readonly AnyCapability[],
  input: unknown,
  checks: SchemaChecks,
): Promise<ValidationResult<Config>> {
  const schema = await buildSchema(capabilities, checks);
  // A wrong version is reported, and the rest is still read as version 1.
  const result = validate(schema, input, { version: 1 }, (draft) => (draft.version = 1)) as ValidationResult<Config>;
  // A config validated here has no stamp vouching for what was worked out ahead of time.
  delete (result.config as { derived?: unknown }).derived;
  return result;
}
