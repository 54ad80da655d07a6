import { describe, expect, it } from 'vitest';
import { capabilities } from '../../capabilities';
import { createTranslate as create, type MessageOverrides } from './translate';

const en: Record<string, string> = Object.assign({}, ...capabilities.map((c) => c.messages?.en));
const createTranslate = (locale: string, overrides: MessageOverrides = {}, builtIn: Record<string, string> | null = null) =>
  create(locale, en, overrides, builtIn);
/** Every capability's messages for a built-in language, as the i18n capability loads them. */
const loadMessages = async (locale: string) => {
  const loaders = capabilities.flatMap((c) => (c.messages?.load as Record<string, () => Promise<object>> | undefined)?.[locale.split('-')[0]!] ?? []);
  return loaders.length ? (Object.assign({}, ...(await Promise.all(loaders.map((l) => l())))) as Record<string, string>) : null;
};

describe('createTranslate', () => {
  it('formats parameters and picks plural forms', () => {
    const t = createTranslate('en');
    expect(t('search.results', { count: 1 })).toBe('1 article found');
    expect(t('search.results', { count: 1200 })).toBe('1,200 articles found');
    expect(t('search.none', { query: 'x' })).toContain('“x”');
  });
  it('uses Dutch once loaded, and English for anything missing', async () => {
    const nl = await loadMessages('nl-NL');
    const t = createTranslate('nl-NL', {}, nl);
    expect(t('hub.title')).toBe('Hulp nodig?');
    expect(t('search.results', { count: 2 })).toBe('2 artikelen gevonden');
    expect(createTranslate('de', {}, await loadMessages('de'))('hub.title')).toBe('Need help?');
  });
  it('lets the config override any string, per language', () => {
    const t = createTranslate('nl', { nl: { 'hub.title': 'Vragen?' }, en: { 'hub.title': 'Questions?' } });
    expect(t('hub.title')).toBe('Vragen?');
    expect(createTranslate('en', { en: { 'hub.title': 'Questions?' } })('hub.title')).toBe('Questions?');
  });
});

describe('i18n', () => {
  it('takes English messages that arrive later, once, under the config’s overrides', async () => {
    const { createEngine } = await import('../../engine');
    const { createMemoryPlatform } = await import('../../platform/memoryPlatform');
    const engine = createEngine(createMemoryPlatform());
    await engine.commands.init({ version: 1, messages: { en: { 'late.two': 'Overridden' } } });
    const t = engine.state.t.value as (k: string) => string;
    expect(t('late.one')).toBe('late.one');
    engine.api.i18n.addMessages({ 'late.one': 'One', 'late.two': 'Two' });
    const after = engine.state.t.value as (k: string) => string;
    expect([after('late.one'), after('late.two')]).toEqual(['One', 'Overridden']);
    engine.api.i18n.addMessages({ 'late.one': 'One' });
    expect(engine.state.t.value).toBe(after);
  });
});
