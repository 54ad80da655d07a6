import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';

const config = {
  version: 1,
  articles: [
    { id: 'a', title: 'Step one help' },
    { id: 'b', title: 'Step two help' },
  ],
  pages: [{ id: 'claim', match: '/claim', steps: [{ id: 'one', when: '#s1', articles: ['a'] }, { id: 'two', when: '#s2', articles: ['b'] }] }],
};

async function setup() {
  const platform = createMemoryPlatform('https://portal.test/claim');
  const engine = createEngine(platform);
  await engine.commands.init(config);
  platform.setPresent(['#s1']);
  return { platform, engine };
}

describe('hub', () => {
  it('reopens where it was left while the page and step are the same', async () => {
    const { engine } = await setup();
    engine.commands.article('a');
    engine.commands.close();
    engine.commands.open();
    expect(engine.state.view.value).toEqual({ name: 'article', id: 'a' });
  });

  it('reopens at home, on the new step’s help, once the step changed', async () => {
    const { platform, engine } = await setup();
    engine.commands.article('a');
    engine.api.search.search('step');
    engine.commands.close();
    platform.setPresent(['#s2']);
    engine.commands.open();
    expect(engine.state.view.value).toEqual({ name: 'home' });
    expect(engine.state.query.value).toBe('');
    expect(engine.state.suggestions.value.ids).toEqual(['b']);
  });

  it('names the views it knows when open() gets another', async () => {
    const { platform, engine } = await setup();
    engine.commands.open('stuff');
    expect(platform.logs.at(-1)?.message).toBe('[situ] open: expected a view: "home", "search", "article:<id>" or "contact", got "stuff"');
  });
});
