import { describe, expect, it, vi } from 'vitest';
import { createEngine } from './engine';
import { createMemoryPlatform } from './platform/memoryPlatform';
import { capabilities } from './capabilities';
import { defineCapability } from './kernel/capability';
import { createKernel } from './kernel/kernel';

const config = {
  version: 1,
  site: 'test',
  articles: [
    { id: 'declined', title: 'Why was my card declined?', body: 'Ask your bank.', tags: ['payment'] },
    { id: 'secure', title: 'Paying safely', body: '3-D Secure.', tags: ['payment'] },
    { id: 'storm', title: 'Storm damage', body: 'Photos help.', tags: ['claim'] },
    { id: 'photos', title: 'Photos to take', body: 'Wide and close.', tags: ['claim'] },
  ],
  pages: [
    { id: 'pay', match: '/pay', articles: ['secure'], steps: [{ id: 'card', when: '#card', articles: ['declined'] }] },
    { id: 'claim', match: '/claims/new', steps: [{ id: 'what', when: '#s1', articles: ['storm'] }, { id: 'details', when: '#s2', articles: ['photos'] }] },
  ],
};

async function setup(href = 'https://portal.test/pay') {
  const platform = createMemoryPlatform(href);
  const engine = createEngine(platform);
  await engine.commands.init(config);
  return { platform, engine };
}

const ids = (engine: Awaited<ReturnType<typeof setup>>['engine']) => engine.state.suggestions.value.articles.map((a) => a.id);

describe('engine', () => {
  it('offers the page help, then the step help first once its element is in the page', async () => {
    const { platform, engine } = await setup();
    expect(engine.state.page.value?.id).toBe('pay');
    expect(ids(engine)).toEqual(['secure']);
    platform.setPresent(['#card']);
    expect(engine.state.step.value).toBe('card');
    expect(engine.state.suggestions.value.source).toBe('step');
    expect(ids(engine)).toEqual(['declined', 'secure']);
  });

  it('follows single-page navigation and flow steps, and records the journey', async () => {
    const { platform, engine } = await setup();
    const journey = await engine.api.journey.journey.load();
    const steps: (string | null)[] = [];
    engine.commands.on('step', (e) => steps.push(e.step));
    platform.navigate('/claims/new');
    platform.setPresent(['#s1']);
    expect(ids(engine)).toEqual(['storm']);
    platform.setPresent(['#s2']);
    expect(ids(engine)).toEqual(['photos']);
    expect(steps).toEqual(['what', 'details']);
    expect(journey.journey.value.map((j) => [j.pageId, j.step])).toEqual([
      ['pay', null],
      ['claim', null],
      ['claim', 'what'],
      ['claim', 'details'],
    ]);
    // The journey lasts the tab's session, across page loads.
    expect(JSON.parse(platform.sessionData.get('situ:test:journey')!)).toHaveLength(4);
  });

  it('announces host steps set before the config has loaded, each once', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    const engine = createEngine(platform);
    const steps: string[] = [];
    engine.commands.on('step', (e) => steps.push(`${e.source}:${e.step}`));
    const ready = engine.commands.init(config);
    engine.commands.step('one');
    engine.commands.step('two');
    engine.commands.step('two');
    await ready;
    expect(steps).toEqual(['host:one', 'host:two']);
    expect(engine.state.step.value).toBe('two');
  });

  it('lets the host set the step until the page changes', async () => {
    const { platform, engine } = await setup();
    engine.commands.step('card', { attempt: 2 });
    expect(ids(engine)).toEqual(['declined', 'secure']);
    platform.navigate('/claims/new');
    expect(engine.state.step.value).toBeNull();
  });

  it('searches once the hub opens, and reports settled searches', async () => {
    // Settle timers run on the platform's clock; the index builds in real slices meanwhile.
    const { platform, engine } = await setup();
    const searches: unknown[] = [];
    engine.commands.on('search', (e) => searches.push(e));
    engine.commands.open();
    engine.api.search.search('decl');
    await vi.waitFor(() => expect(engine.state.searchState.value?.pending).toBe(false));
    expect(engine.state.view.value).toEqual({ name: 'search' });
    expect(engine.state.searchState.value).toEqual({ query: 'decl', ids: ['declined'], pending: false, short: false });
    platform.advance(700);
    expect(searches).toEqual([]);
    platform.advance(300);
    expect(searches).toEqual([{ query: 'decl', results: 1 }]);
    expect(engine.state.canGoBack.value).toBe(false);
    engine.api.search.search('');
    expect(engine.state.view.value).toEqual({ name: 'home' });
  });

  it('opens articles, goes back, and records reading time and rating', async () => {
    const { platform, engine } = await setup();
    const events: string[] = [];
    engine.commands.on('article:view', (e) => events.push(`view ${e.id}`));
    engine.commands.on('article:rate', (e) => events.push(`rate ${e.id} ${e.helpful}`));
    engine.commands.article('declined');
    expect(engine.state.isOpen.value).toBe(true);
    expect(engine.state.view.value).toEqual({ name: 'article', id: 'declined' });
    expect(engine.api.articles.related('declined').map((a) => a.id)).toEqual(['secure']);
    platform.advance(42_000);
    engine.api.reading.rate('declined', false);
    engine.api.hub.back();
    expect(engine.state.view.value).toEqual({ name: 'home' });
    expect(engine.state.viewed.value).toEqual([{ id: 'declined', title: 'Why was my card declined?', seconds: 42, helpful: false }]);
    expect(events).toEqual(['view declined', 'rate declined false']);
  });

  it('loads articlesUrl only when first needed, keeping valid articles', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    platform.responses.set('/kb.json', { articles: [{ id: 'kb1', title: 'From the knowledge base' }, { id: 'bad' }] });
    const engine = createEngine(platform);
    const errors: string[] = [];
    engine.commands.on('error', (e) => errors.push(e.error.message));
    await engine.commands.init({ version: 1, articlesUrl: '/kb.json' });
    expect(platform.fetched).toEqual([]);
    engine.commands.open();
    await vi.waitFor(() => expect(engine.state.articlesStatus.value).toBe('ready'));
    expect(engine.state.articles.value.map((a) => a.id)).toEqual(['kb1']);
    expect(errors).toEqual(['/kb.json articles[1].title: required, but missing']);
  });

  it('loads a config by URL and reports every problem in one error', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    platform.responses.set('/situ.json', { ...config, pages: [...config.pages, { id: 'x', match: 5 }], theme: { accent: '???' } });
    const engine = createEngine(platform);
    await engine.commands.init('/situ.json');
    expect(platform.logs).toHaveLength(1);
    const [head, ...lines] = platform.logs[0]!.message.split('\n');
    expect(head).toBe('[situ] config: 2 problems; the rest of the config is used.');
    expect(lines.sort()).toEqual(['  pages[2].match: expected a URL pattern or a list of them', '  theme.accent: expected a CSS colour']);
    expect(engine.state.page.value?.id).toBe('pay');
  });

  it('switches language, loading Dutch on demand', async () => {
    const { engine } = await setup();
    engine.commands.locale('nl');
    await vi.waitFor(() => expect(engine.state.t.value('hub.title')).toBe('Hulp nodig?'));
  });
});

describe('commands', () => {
  it('never throw: bad calls log one error naming the command and emit error', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    const engine = createEngine(platform);
    const commands = engine.commands;
    const errors: string[] = [];
    commands.on('error', (e) => errors.push(e.error.message));
    expect(() => commands.step(42 as never)).not.toThrow();
    expect(() => engine.dispatch('nonsense', [])).not.toThrow();
    expect(() => commands.open('elsewhere')).not.toThrow();
    expect(() => commands.on('nope' as never, () => {})).not.toThrow();
    expect(errors).toEqual([
      'step: expected a step id (a string) or null, got number 42',
      expect.stringMatching(/^"nonsense": unknown command; expected one of init, step/),
      'open: expected a view: "home", "search", "article:<id>" or "contact", got "elsewhere"',
      expect.stringMatching(/^on: expected an event name/),
    ]);
    expect(platform.logs.map((l) => l.message.slice(0, 12))).toEqual(['[situ] step:', '[situ] "nons', '[situ] open:', '[situ] on: e']);
  });

  it('keep other listeners running when one throws, and report it', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    const engine = createEngine(platform);
    const commands = engine.commands;
    const seen: string[] = [];
    commands.on('open', () => {
      throw new Error('boom');
    });
    commands.on('open', () => seen.push('second'));
    commands.on('error', (e) => seen.push(e.error.code));
    await commands.init(config);
    commands.open();
    expect(seen).toEqual(['listener', 'second']);
    expect(platform.logs.at(-1)?.message).toBe('[situ] a listener for "open" threw: boom');
  });

  it('off removes a listener', async () => {
    const { engine } = await setup();
    const commands = engine.commands;
    const fn = vi.fn();
    commands.on('open', fn);
    commands.off('open', fn);
    commands.open();
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('edges', () => {
  it('the step event carries the host’s data after the engine has started', async () => {
    const { engine } = await setup();
    const seen: unknown[] = [];
    engine.commands.on('step', (e) => seen.push(e));
    engine.commands.step('card', { attempt: 2 });
    expect(seen).toEqual([{ step: 'card', pageId: 'pay', source: 'host', data: { attempt: 2 } }]);
  });

  it('gives up on an articlesUrl that never answers, and what is known still works', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    platform.hanging.add('/kb.json');
    const engine = createEngine(platform);
    await engine.commands.init({ ...config, articlesUrl: '/kb.json' });
    const errors: string[] = [];
    engine.commands.on('error', (e) => errors.push(e.error.message));
    engine.commands.open();
    await Promise.resolve();
    expect(engine.state.articlesStatus.value).toBe('loading');
    platform.advance(10_000);
    await expect.poll(() => engine.state.articlesStatus.value).toBe('error');
    expect(errors).toEqual(['articlesUrl: could not load /kb.json: no answer within 10 s']);
    expect(engine.state.articles.value.map((a) => a.id)).toContain('declined');
  });

  it('remembers ratings across page loads, in the persistent store', async () => {
    const first = await setup();
    first.engine.api.reading.rate('declined', true);
    await Promise.resolve();
    const platform = createMemoryPlatform('https://portal.test/pay');
    for (const [k, v] of first.platform.storeData) platform.storeData.set(k, v);
    const engine = createEngine(platform);
    await engine.commands.init(config);
    await expect.poll(() => engine.state.ratings.value).toEqual({ declined: true });
  });

  it('a language whose messages fail to load is reported once, and English stays', async () => {
    const broken = defineCapability({
      name: 'broken',
      messages: { en: { 'broken.x': 'X' }, load: { nl: () => Promise.reject(new Error('chunk missing')) } },
      setup: () => ({ api: {} }),
    });
    const platform = createMemoryPlatform('https://portal.test/pay');
    const kernel = createKernel(platform, [...capabilities, broken]);
    await kernel.commands.init(config);
    kernel.commands.locale('nl');
    await expect.poll(() => platform.logs.length).toBe(1);
    expect(platform.logs[0]!.message).toBe('[situ] locale: the "nl" messages could not be loaded; English is shown: Error: chunk missing');
    expect(kernel.state.t.value('hub.title')).toBe('Need help?');
  });
});

describe('robustness', () => {
  it('destroy leaves no storage behind', async () => {
    const { platform, engine } = await setup();
    await engine.api.journey.journey.load();
    engine.commands.article('declined');
    engine.api.reading.rate('declined', true);
    await engine.commands.confirm({ title: 'Address saved' });
    await Promise.resolve();
    expect([...platform.sessionData.keys()].sort()).toEqual(['situ:test:journey', 'situ:test:viewed']);
    expect([...platform.storeData.keys()].sort()).toEqual(['situ:test:activity', 'situ:test:ratings']);
    engine.commands.destroy();
    await Promise.resolve();
    expect([...platform.sessionData.keys()]).toEqual([]);
    expect([...platform.storeData.keys()]).toEqual([]);
  });

  it('reads a config the page tampered with as plain data', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    const engine = createEngine(platform);
    const proto = Object.prototype as Record<string, unknown>;
    const arrays = Array.prototype as unknown as Record<string, unknown>;
    proto.evil = 1;
    arrays.toJSON = () => 'x';
    try {
      await engine.commands.init(config);
    } finally {
      delete proto.evil;
      delete arrays.toJSON;
    }
    expect(platform.logs).toEqual([]);
    expect(engine.state.page.value?.id).toBe('pay');
    expect(engine.state.articles.value).toHaveLength(4);
  });

  it('reports reserved names, runaway nesting and patterns that could freeze the page', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    const engine = createEngine(platform);
    let deep: Record<string, unknown> = { id: 'leaf', label: 'Leaf' };
    for (let i = 0; i < 40; i++) deep = { id: `c${i}`, label: 'C', children: [deep] };
    await engine.commands.init({
      ...config,
      constructor: 1,
      messages: JSON.parse('{ "nl": { "__proto__": { "x": 1 }, "hub.title": "Vragen?" } }'),
      categories: [deep],
      pages: [...config.pages, { id: 'empty', match: [] }, { id: 'redos', match: '/claims/:id((?:\\d+)+)' }],
    });
    const paths = engine.state.problems.value.map((p) => `${p.path}: ${p.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'constructor: a reserved name, not a config field',
        'messages.nl.__proto__: a reserved name, not a config field',
        expect.stringMatching(/^categories\[0\](\.children\[0\])+.*: nested more than 32 levels deep$/),
        'pages[2].match: expected at least one URL pattern',
        expect.stringMatching(/^pages\[3\]\.match: a repeated group that itself repeats/),
      ]),
    );
    // The rest still works.
    expect(engine.state.page.value?.id).toBe('pay');
    expect(engine.state.t.value('hub.title')).toBe('Need help?');
  });

  it('never throws, whatever a call is given', async () => {
    const { engine, platform } = await setup();
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const hostile = [
      revoked.proxy,
      new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }),
      { get id() { throw new Error('getter'); } },
      Symbol('s'),
      10n,
      'x'.repeat(1 << 20),
    ];
    for (const value of hostile) {
      for (const name of [value, 'open', 'step', 'identify', 'context', 'article', 'locale', 'on']) {
        expect(() => engine.dispatch(name, [value, value])).not.toThrow();
      }
    }
    expect(platform.logs.every((l) => l.message.length <= 320)).toBe(true);
    engine.commands.on('open', () => {
      throw { toString: () => { throw new Error('nested'); } };
    });
    const after: string[] = [];
    engine.commands.on('open', () => after.push('second'));
    engine.commands.close();
    engine.commands.open();
    expect(after).toEqual(['second']);
  });
});

describe('config by URL', () => {
  it('a file holding a JSON string is reported, not fetched as another URL', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    platform.responses.set('/situ.json', '/other.json');
    const engine = createEngine(platform);
    await engine.commands.init('/situ.json');
    expect(platform.fetched).toEqual(['/situ.json']);
    expect(platform.logs.map((l) => l.message)).toEqual(['[situ] init: could not load the config from /situ.json: expected a config object, got "/other.json"']);
    expect(engine.state.config.value).toBeNull();
  });
});
