import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';
import { httpError } from '../../platform/platform';

const en = [
  { id: 'refund', title: 'Getting a refund', html: '<p>Refunds take five days.</p>', text: 'Refunds take five days.', lang: 'en' },
  { id: 'fees', title: 'Fees', html: '<p>No fees.</p>', text: 'No fees.', lang: 'en' },
];
// A locale's file carries the default locale's articles it has no translation of yet.
const nl = [{ id: 'refund', title: 'Geld terugkrijgen', html: '<p>Terugbetaling duurt vijf dagen.</p>', text: 'Terugbetaling duurt vijf dagen.', lang: 'nl' }, en[1]!];

async function start(responses: Record<string, unknown>, config: Record<string, unknown>) {
  const platform = createMemoryPlatform('https://portal.test/pay');
  for (const [url, json] of Object.entries(responses)) platform.responses.set(url, json);
  const engine = createEngine(platform);
  const errors: string[] = [];
  engine.commands.on('error', (e) => errors.push(e.error.message));
  await engine.commands.init({ version: 1, ...config });
  engine.commands.open();
  const titles = () => engine.state.articles.value.map((a) => a.title);
  return { platform, engine, errors, titles };
}

const search = async (engine: ReturnType<typeof createEngine>, query: string) => {
  engine.api.search.search(query);
  await vi.waitFor(() => expect(engine.state.searchState.value?.pending).toBe(false));
  return engine.state.searchState.value!.ids;
};

describe('articles in several languages', () => {
  it("fetches only the visitor's locale file, and another when the locale changes", async () => {
    const { platform, engine, titles } = await start(
      { '/help/articles.en.json': { articles: en }, '/help/articles.nl.json': { articles: nl } },
      { articlesUrl: '/help/articles.{locale}.json' },
    );
    await vi.waitFor(() => expect(titles()).toEqual(['Getting a refund', 'Fees']));
    expect(platform.fetched).toEqual(['/help/articles.en.json']);
    engine.commands.locale('nl');
    await vi.waitFor(() => expect(titles()).toEqual(['Geld terugkrijgen', 'Fees']));
    expect(platform.fetched).toEqual(['/help/articles.en.json', '/help/articles.nl.json']);
    expect(await search(engine, 'terugbetaling')).toEqual(['refund']);
    // Back to English: the file is loaded already.
    engine.commands.locale('en');
    await vi.waitFor(() => expect(titles()).toEqual(['Getting a refund', 'Fees']));
    expect(platform.fetched).toHaveLength(2);
  });

  it("falls back to the language's file, then the default locale's, when a locale has none", async () => {
    const { platform, engine, titles } = await start(
      { '/help/articles.en.json': { articles: en }, '/help/articles.nl.json': { articles: nl } },
      { articlesUrl: '/help/articles.{locale}.json', locale: 'en' },
    );
    engine.commands.locale('nl-BE');
    await vi.waitFor(() => expect(titles()).toEqual(['Geld terugkrijgen', 'Fees']));
    expect(platform.fetched.filter((u) => !u.endsWith('en.json'))).toEqual(['/help/articles.nl-BE.json', '/help/articles.nl.json']);
    engine.commands.locale('de');
    await vi.waitFor(() => expect(titles()).toEqual(['Getting a refund', 'Fees']));
    expect(platform.fetched.slice(-2)).toEqual(['/help/articles.de.json', '/help/articles.en.json']);
  });

  it('does not go on to another file when the server fails: it reports the error', async () => {
    const { platform, engine, errors } = await start({ '/help/articles.en.json': { articles: en } }, { articlesUrl: '/help/articles.{locale}.json', locale: 'nl' });
    platform.fetchJSON = (url) => (platform.fetched.push(url), Promise.reject(httpError(500)));
    engine.commands.locale('nl-BE');
    await vi.waitFor(() => expect(engine.state.articlesStatus.value).toBe('error'));
    expect(platform.fetched.slice(-1)).toEqual(['/help/articles.nl-BE.json']);
    expect(errors.at(-1)).toBe('articlesUrl: could not load /help/articles.nl-BE.json: HTTP 500');
  });

  it('picks each article in the visitor language from one file with every locale, and searches only those', async () => {
    const { engine, titles } = await start({ '/kb.json': { articles: [...en, nl[0]] } }, { articlesUrl: '/kb.json', locale: 'nl' });
    await vi.waitFor(() => expect(titles()).toEqual(['Geld terugkrijgen', 'Fees']));
    expect(await search(engine, 'terugbetaling')).toEqual(['refund']);
    expect(await search(engine, 'refunds')).toEqual([]);
    engine.commands.locale('en');
    await vi.waitFor(() => expect(titles()).toEqual(['Getting a refund', 'Fees']));
    expect(await search(engine, 'refunds')).toEqual(['refund']);
    expect(engine.api.articles.getArticle('refund')?.lang).toBe('en');
  });

  it("gives fetched articles the file's URL, which their images resolve against", async () => {
    const { engine } = await start({ '/help/kb.json': { articles: en } }, { articlesUrl: '/help/kb.json' });
    await vi.waitFor(() => expect(engine.state.articlesStatus.value).toBe('ready'));
    expect(engine.api.articles.getArticle('fees')?.base).toBe('https://portal.test/help/kb.json');
  });
});

describe('a large knowledge base not checked ahead of time', () => {
  it('is validated in parts, and each problem keeps its place in the whole list', async () => {
    const many = Array.from({ length: 180 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, text: 'x' }));
    many[7] = { id: 'bad 7', title: 'x', text: 'x' };
    many[163] = { title: 'no id' } as never;
    const { engine, errors } = await start({ '/kb.json': { articles: many } }, { articlesUrl: '/kb.json' });
    await vi.waitFor(() => expect(engine.state.articlesStatus.value).toBe('ready'));
    expect(engine.state.articles.value).toHaveLength(178);
    expect(errors).toEqual([
      '/kb.json articles[7].id: expected an article id of letters, digits, "-", "_", ".", ":" or "/"',
      '/kb.json articles[163].id: required, but missing',
    ]);
  });
});
