import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';

const config = {
  version: 1,
  site: 'nw',
  channels: [
    { id: 'mail', kind: 'email', address: 'help@northwind.test' },
    { id: 'chat', kind: 'chat' },
    { id: 'phone', kind: 'phone', number: '+31 20 123 4567' },
  ],
  pages: [
    {
      id: 'pay',
      match: '/pay',
      moment: 'anxious',
      reassure: { title: 'Your payment is protected', next: ['We charge your card once.'] },
      steps: [{ id: 'review', when: '#review', reassure: { title: 'Nothing is charged yet', body: 'Review first.' } }],
    },
    { id: 'routine', match: '/routine', reassure: { title: 'Saved as you go' } },
    { id: 'plain', match: '/plain' },
  ],
};

async function setup(href: string, platform = createMemoryPlatform(href)) {
  const engine = createEngine(platform);
  await engine.commands.init(config);
  const part = await engine.api.reassure.reassurance.load();
  return { platform, engine, part };
}

describe('reassure', () => {
  it('shows the page’s card, the step’s in its place while the step is active', async () => {
    const { platform, part } = await setup('https://portal.test/pay');
    expect(part.card.value).toMatchObject({ title: 'Your payment is protected', next: ['We charge your card once.'], moment: 'anxious' });
    platform.setPresent(['#review']);
    expect(part.card.value).toMatchObject({ title: 'Nothing is charged yet', body: 'Review first.', next: [] });
  });

  it('offers a person (phone first, then email) on an anxious page, and nobody on a routine one', async () => {
    const anxious = await setup('https://portal.test/pay');
    expect(anxious.part.card.value!.people.map((c) => c.id)).toEqual(['phone', 'mail']);
    const routine = await setup('https://portal.test/routine');
    expect(routine.part.card.value).toMatchObject({ title: 'Saved as you go', moment: null, people: [] });
  });

  it('a dismissed card stays dismissed for the session, and only that card', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    const first = await setup('https://portal.test/pay', platform);
    first.part.dismiss(first.part.card.value!);
    expect(first.part.card.value).toBeNull();
    platform.setPresent(['#review']);
    expect(first.part.card.value?.title).toBe('Nothing is charged yet');
    platform.setPresent([]);
    const reloaded = await setup('https://portal.test/pay', platform);
    expect(reloaded.part.card.value).toBeNull();
  });

  it('reassure() made before the config has loaded shows once it has, and a dismissal is read under the site', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    platform.sessionData.set('situ:nw:reassured', JSON.stringify(['config:pay/:Your payment is protected']));
    const engine = createEngine(platform);
    engine.commands.reassure({ title: 'Early words' });
    const part = await engine.api.reassure.reassurance.load();
    await engine.commands.init(config);
    await vi.waitFor(() => expect(part.card.value?.title).toBe('Early words'));
    // The configured card was dismissed earlier in this session (read under "nw", not "site").
    part.dismiss(part.card.value!);
    expect(part.card.value).toBeNull();
  });

  it('reassure() shows a card for this page, until the visitor leaves it', async () => {
    const { platform, engine, part } = await setup('https://portal.test/plain');
    expect(part.card.value).toBeNull();
    engine.commands.reassure({ title: 'Your data stays in the EU', next: ['One', 'Two'] });
    await vi.waitFor(() => expect(part.card.value?.title).toBe('Your data stays in the EU'));
    expect(part.card.value!.next).toEqual(['One', 'Two']);
    platform.navigate('https://portal.test/routine');
    expect(part.card.value?.title).toBe('Saved as you go');
  });

  it('emits reassure:show with the page and step', async () => {
    const { platform, engine, part } = await setup('https://portal.test/pay');
    const seen: unknown[] = [];
    engine.commands.on('reassure:show', (e) => seen.push(e));
    platform.setPresent(['#review']);
    part.shown(part.card.value!);
    expect(seen).toEqual([{ title: 'Nothing is charged yet', pageId: 'pay', step: 'review' }]);
  });

  it('a bad reassure() logs one error naming the field; session storage that throws changes nothing', async () => {
    const platform = createMemoryPlatform('https://portal.test/pay');
    platform.session = {
      get: () => {
        throw new Error('blocked');
      },
      set: () => {
        throw new Error('blocked');
      },
      remove: () => {},
    };
    const { engine, part } = await setup('https://portal.test/pay', platform);
    const errors: string[] = [];
    engine.commands.on('error', (e) => errors.push(e.error.message));
    engine.commands.reassure({ title: 'x', next: 'not a list' } as never);
    await vi.waitFor(() => expect(errors).toEqual(['reassure: next: expected a list of lines of what happens next, got "not a list"']));
    part.dismiss(part.card.value!);
    expect(part.card.value).toBeNull();
  });
});
