import type { Engine } from '@situ/core';
import type { Ref } from 'preact';

/** The search field; every keystroke searches, and results replace the home view. */
export function SearchBox({ engine, inputRef }: { engine: Engine; inputRef?: Ref<HTMLInputElement> }) {
  const t = engine.t.value;
  const query = engine.searchState.value?.query ?? '';
  return (
    <div class="search" role="search">
      <label class="sr-only" for="situ-search">
        {t('search.label')}
      </label>
      <svg class="search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="m20 20-3.5-3.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      <input
        ref={inputRef}
        id="situ-search"
        data-situ="search"
        type="search"
        autocomplete="off"
        spellcheck={false}
        enterkeyhint="search"
        placeholder={t('search.placeholder')}
        value={query}
        onInput={(e) => engine.search(e.currentTarget.value)}
      />
    </div>
  );
}
