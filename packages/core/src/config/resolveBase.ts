/** The kernel's own fields, resolved. */
export function resolveBase(config: { site?: string; privacy?: { redact?: string[]; query?: 'strip' | 'keep' } }) {
  return {
    site: config.site ?? 'site',
    privacy: { redact: config.privacy?.redact ?? [], query: config.privacy?.query ?? 'strip' },
  };
}
