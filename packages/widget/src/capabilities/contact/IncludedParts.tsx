import { reactive } from '../../shell/reactive';
import type { ContactFlow, Engine } from '@situ/core';

/** What will be sent beside the message, each part a checkbox the visitor may untick. */
export const IncludedParts = reactive(function IncludedParts({ engine, flow }: { engine: Engine; flow: ContactFlow }) {
  const t = engine.state.t.value as (key: string, params?: Record<string, string | number>) => string;
  const omitted = flow.omitted.value;
  return (
    <fieldset class="include" data-situ="included">
      <legend>{t('contact.include')}</legend>
      <p>{t('contact.includeHint')}</p>
      {flow.parts.value.map(({ part, count }) => (
        <label key={part}>
          <input type="checkbox" data-situ="include-part" data-part={part} checked={!omitted.has(part)} onChange={() => flow.toggle(part)} />
          {t(`contact.part.${part}`, { count })}
        </label>
      ))}
    </fieldset>
  );
});
