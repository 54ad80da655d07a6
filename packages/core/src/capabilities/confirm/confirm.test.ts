import { describe, expect, it, vi } from 'vitest';
import { activityRecord } from '../../activity/activity';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';

const config = { version: 1, site: 'nw', pages: [{ id: 'move', match: '/move' }] };

async function setup(platform = createMemoryPlatform('https://portal.test/move')) {
  const engine = createEngine(platform);
  await engine.commands.init(config);
  return { platform, engine };
}

describe('confirm', () => {
  it('shows the confirmation, emits confirm:show and keeps it in the activity record', async () => {
    const { platform, engine } = await setup();
    const seen: unknown[] = [];
    engine.commands.on('confirm:show', (e) => seen.push(e));
    await engine.commands.confirm({
      title: 'Your new address is saved',
      reference: 'MV-2291',
      next: ['Your policy documents are updated within a day.'],
      followUp: 'We emailed you a copy.',
    });
    const part = engine.api.confirm.confirmations.part.value!;
    expect(part.current.value).toMatchObject({ title: 'Your new address is saved', reference: 'MV-2291', saved: true, pageId: 'move' });
    expect(seen).toEqual([{ id: part.current.value!.id, title: 'Your new address is saved', reference: 'MV-2291' }]);
    const [kept] = await activityRecord(platform.store, 'nw').list();
    expect(kept).toMatchObject({
      kind: 'confirmation',
      title: 'Your new address is saved',
      reference: 'MV-2291',
      next: ['Your policy documents are updated within a day.'],
      followUp: 'We emailed you a copy.',
      at: platform.now(),
    });
    part.dismiss();
    expect(part.current.value).toBeNull();
    expect(await activityRecord(platform.store, 'nw').list()).toHaveLength(1);
  });

  it('a confirm() made before the config has been applied is kept under the site, with its page', async () => {
    const platform = createMemoryPlatform('https://portal.test/move');
    const engine = createEngine(platform);
    const done = engine.commands.confirm({ title: 'Thank you', reference: 'T-1' });
    await vi.waitFor(() => expect(engine.api.confirm.confirmations.part.value?.current.value?.title).toBe('Thank you'));
    await engine.commands.init(config);
    await done;
    expect(await activityRecord(platform.store, 'nw').list()).toEqual([expect.objectContaining({ title: 'Thank you', reference: 'T-1', pageId: 'move' })]);
    expect(platform.storeData.has('situ:site:activity')).toBe(false);
  });

  it('still shows the card where storage is blocked, saying it was not kept', async () => {
    const platform = createMemoryPlatform('https://portal.test/move');
    platform.store = {
      get: () => Promise.reject(new Error('blocked')),
      set: () => Promise.reject(new Error('blocked')),
      delete: () => Promise.reject(new Error('blocked')),
      update: () => Promise.reject(new Error('blocked')),
    };
    const { engine } = await setup(platform);
    await engine.commands.confirm({ title: 'Damage reported', reference: 'CL-1' });
    expect(engine.api.confirm.confirmations.part.value!.current.value).toMatchObject({ title: 'Damage reported', saved: false });
  });

  it('a bad confirm() logs one error naming the field and shows nothing', async () => {
    const { platform, engine } = await setup();
    await engine.commands.confirm({ title: 'Saved', reference: 42 } as never);
    await engine.commands.confirm(undefined as never);
    await vi.waitFor(() => expect(platform.logs).toHaveLength(2));
    expect(platform.logs.map((l) => l.message)).toEqual([
      '[situ] confirm: reference: expected a string, got number 42',
      '[situ] confirm: expected confirmation options such as { title: "Your new address is saved" }, got nothing',
    ]);
    expect(engine.api.confirm.confirmations.part.value!.current.value).toBeNull();
    expect(await activityRecord(platform.store, 'nw').list()).toEqual([]);
  });
});
