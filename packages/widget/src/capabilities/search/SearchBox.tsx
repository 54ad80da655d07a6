import type { Engine } from '@situ/core';
import type { Ref, RefObject } from 'preact';
import { reactive } from '../../shell/reactive';

/**
 * The search field. It shows exactly what the visitor typed (spaces included); the search uses
 * the normalised form. Every keystroke searches, and results replace the home view.
 */
export const SearchBox = reactive(function SearchBox({ engine, inputRef }: { engine: Engine; inputRef: Ref<HTMLInputElement> }) {
  const t = engine.state.t.value;
  const query = engine.state.query.value;
  const { search } = engine.api.search;
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
        onInput={(e) => search(e.currentTarget.value)}
      />
      {query && (
        <button
          type="button"
          class="icon-button search-clear"
          data-situ="search-clear"
          aria-label={t('search.clear')}
          onClick={() => {
            search('');
            (inputRef as RefObject<HTMLInputElement>).current?.focus();
          }}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M7 7l10 10M17 7L7 17" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
        </button>
      )}
    </div>
  );
});
