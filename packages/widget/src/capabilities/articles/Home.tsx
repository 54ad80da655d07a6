import type { Engine } from '@situ/core';
import { prepareRenderer } from '../../content/prepareRenderer';
import { reactive } from '../../shell/reactive';
import { ContactLink } from '../contact/ContactLink';
import { ArticleList } from './ArticleList';
import { LoadState } from './LoadState';

const HEADINGS = { step: 'home.step', page: 'home.page', popular: 'home.popular' } as const;

/** The hub's home: the help for this step, then for this page, each under its own heading. */
export const Home = reactive(function Home({ engine }: { engine: Engine }) {
  const t = engine.state.t.value;
  const { groups } = engine.state.suggestions.value;
  const byId = engine.state.byId.value;
  const status = engine.state.articlesStatus.value;
  if (groups.length === 0) {
    return (
      <section data-situ="suggestions" aria-labelledby="situ-suggestions-0">
        <h3 id="situ-suggestions-0" class="section-title">
          {t(HEADINGS[engine.state.suggestions.value.source])}
        </h3>
        <LoadState engine={engine} />
        {status === 'ready' && <p class="note">{t('home.empty')}</p>}
        <ContactLink engine={engine} />
      </section>
    );
  }
  return (
    <>
      {groups.map((group, i) => (
        <section key={group.source} data-situ={i === 0 ? 'suggestions' : `suggestions-${group.source}`} aria-labelledby={`situ-suggestions-${i}`}>
          <h3 id={`situ-suggestions-${i}`} class="section-title">
            {t(HEADINGS[group.source])}
          </h3>
          {i === 0 && <LoadState engine={engine} />}
          <ArticleList engine={engine} articles={group.ids.flatMap((id) => byId.get(id) ?? [])} prepare={prepareRenderer} />
        </section>
      ))}
      <ContactLink engine={engine} />
    </>
  );
});
