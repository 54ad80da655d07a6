import { reactive } from '../../shell/reactive';
import type { ContactFlow, DraftField, Engine } from '@situ/core';

/** One of the visitor's fields: labelled, kept as typed, and told what is missing. */
export const Field = reactive(function Field({
  engine,
  flow,
  name,
  type = 'text' as const,
  autocomplete,
  multiline = false,
}: {
  engine: Engine;
  flow: ContactFlow;
  name: DraftField;
  type?: 'text' | 'email' | 'tel';
  autocomplete?: string;
  multiline?: boolean;
}) {
  const t = engine.state.t.value as (key: string) => string;
  const invalid = flow.problem.value === name;
  const id = `situ-field-${name}`;
  const props = {
    id,
    name,
    value: flow.fields.value[name],
    onInput: (e: Event) => flow.set(name, (e.currentTarget as HTMLInputElement).value),
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
    'data-situ': `field-${name}`,
  };
  return (
    <div class="field">
      <label for={id}>{t(`contact.${name}`)}</label>
      {multiline ? <textarea {...props} rows={5} maxLength={10_000} /> : <input {...({ ...props, type, autocomplete } as Record<string, unknown>)} />}
      {invalid && (
        <span id={`${id}-error`} class="field-error" role="alert">
          {t(`contact.required.${name}`)}
        </span>
      )}
    </div>
  );
});
