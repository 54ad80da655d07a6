import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';

const config = {
  version: 1,
  site: 'nw',
  pages: [
    {
      id: 'claim',
      match: '/claim',
      hints: [
        { id: 'policy', target: '#policy', body: 'On your policy card.' },
        { id: 'photos', target: '#photos', body: 'Up to 10 photos.', trigger: 'beacon', once: true },
      ],
      steps: [{ id: 'damage', when: '#damage', hints: [{ id: 'date', target: '#date', body: 'The day it happened.', trigger: 'always' }] }],
    },
    { id: 'plain', match: '/plain' },
  ],
};

const tick = () => new Promise<void>((resolve) => setTimeout(() => resolve(), 0));

async function setup(href = 'https://portal.test/claim', platform = createMemoryPlatform(href)) {
  const engine = createEngine(platform);
  await engine.commands.init(config);
  const part = await engine.api.hints.hintList.load();
  await tick();
  return { platform, engine, part, ids: () => part.hints.value.map((h) => h.id) };
}

describe('hints', () => {
  it('loads its part only on a page with hints, or on hint()', async () => {
    const platform = createMemoryPlatform('https://portal.test/plain');
    const engine = createEngine(platform);
    await engine.commands.init(config);
    // Long enough for the chunk to arrive had it been asked for (it arrives within a few ms).
    await new Promise<void>((resolve) => setTimeout(() => resolve(), 150));
    expect(engine.api.hints.hintList.part.value).toBeNull();
    platform.navigate('https://portal.test/claim');
    await vi.waitFor(() => expect(engine.api.hints.hintList.part.value).not.toBeNull());
  });

  it('lists the step’s hints first, then the page’s, with defaults filled in', async () => {
    const { platform, part, ids } = await setup();
    expect(ids()).toEqual(['policy', 'photos']);
    expect(part.hints.value[0]).toMatchObject({ trigger: 'focus', placement: 'end', once: false, source: 'config' });
    platform.setPresent(['#damage']);
    expect(ids()).toEqual(['date', 'policy', 'photos']);
    platform.setPresent([]);
    expect(ids()).toEqual(['policy', 'photos']);
  });

  it('hint() adds one for this page, replacing one with the same id; hide() removes it', async () => {
    const { engine, part, ids } = await setup();
    engine.commands.hint({ target: '#email', body: 'We send the receipt here.' });
    await tick();
    expect(ids()).toEqual(['policy', 'photos', '#email']);
    expect(part.hints.value[2]).toMatchObject({ source: 'command', trigger: 'focus' });
    engine.commands.hint({ id: '#email', target: '#email', body: 'Changed.', trigger: 'hover' });
    await tick();
    expect(part.hints.value.filter((h) => h.id === '#email')).toEqual([expect.objectContaining({ body: 'Changed.', trigger: 'hover' })]);
    engine.commands.hide('#email');
    engine.commands.hide('policy');
    await tick();
    expect(ids()).toEqual(['photos']);
  });

  it('forgets hint() and hide() when the visitor moves to another page', async () => {
    const { platform, engine, ids } = await setup();
    engine.commands.hint({ target: '#x', body: 'x' });
    engine.commands.hide('policy');
    await tick();
    expect(ids()).toEqual(['photos', '#x']);
    platform.navigate('https://portal.test/plain');
    platform.navigate('https://portal.test/claim');
    expect(ids()).toEqual(['policy', 'photos']);
  });

  it('a once hint closed by the visitor does not come back, even after a reload', async () => {
    const platform = createMemoryPlatform('https://portal.test/claim');
    const first = await setup(undefined, platform);
    const photos = first.part.hints.value.find((h) => h.id === 'photos')!;
    first.part.closed(photos);
    expect(first.ids()).toEqual(['policy']);
    // Closing a hint without `once` changes nothing.
    first.part.closed(first.part.hints.value[0]!);
    expect(first.ids()).toEqual(['policy']);
    await tick();
    expect(platform.storeData.get('situ:nw:hints-seen')).toEqual(['photos']);
    // A reload: a new engine on the same storage (destroy, a sign-out, would forget it).
    const again = await setup(undefined, platform);
    expect(again.ids()).toEqual(['policy']);
  });

  it('shows hints where storage is blocked (once hints then last for the page visit)', async () => {
    const platform = createMemoryPlatform('https://portal.test/claim');
    platform.store = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
      delete: () => Promise.reject(new Error('blocked')),
      update: () => Promise.reject(new Error('blocked')),
    };
    const { part, ids } = await setup(undefined, platform);
    expect(ids()).toEqual(['policy', 'photos']);
    part.closed(part.hints.value[1]!);
    await tick();
    expect(ids()).toEqual(['policy']);
  });

  it('emits hint:show when the widget shows one', async () => {
    const { engine, part } = await setup();
    const seen: unknown[] = [];
    engine.commands.on('hint:show', (e) => seen.push(e));
    part.shown(part.hints.value[0]!);
    expect(seen).toEqual([{ id: 'policy', target: '#policy', trigger: 'focus', pageId: 'claim' }]);
  });

  it('a bad hint() or hide() logs one error naming the command and the field, and changes nothing', async () => {
    const { platform, engine, ids } = await setup();
    const errors: string[] = [];
    engine.commands.on('error', (e) => errors.push(e.error.message));
    for (const bad of [
      { target: '>>', body: 'x' },
      { target: '#ok', body: '' },
      { target: '#ok', body: 'x', trigger: 'shake' },
      { target: '#ok', body: 'x', once: 'yes' },
      'not options',
    ]) {
      engine.commands.hint(bad as never);
    }
    engine.commands.hide(42 as never);
    await tick();
    expect(errors).toEqual([
      'hint: target: expected a CSS selector, got ">>"',
      'hint: body: expected the hint text, got ""',
      'hint: trigger: expected "focus", "hover", "click", "beacon", "always", got "shake"',
      'hint: once: expected true or false, got "yes"',
      'hint: expected hint options such as { target: "#cvc", body: "The three digits on the back." }, got "not options"',
      'hide: expected a hint id, got number 42',
    ]);
    expect(platform.logs).toHaveLength(6);
    expect(ids()).toEqual(['policy', 'photos']);
  });
});
