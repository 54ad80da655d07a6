import { describe, expect, it } from 'vitest';
import { createMemoryPlatform } from '../platform/memoryPlatform';
import type { PersistentStore } from '../platform/platform';
import { ACTIVITY_LIMIT, activityKey, activityRecord, type ActivityEntry } from './activity';

const entry = (id: string, at = 1): ActivityEntry => ({ id, kind: 'confirmation', title: `Done ${id}`, at });

describe('activityRecord', () => {
  it('keeps entries newest first, under the site’s own key', async () => {
    const platform = createMemoryPlatform();
    const record = activityRecord(platform.store, 'northwind');
    expect(await record.add(entry('a', 1))).toBe(true);
    expect(await record.add(entry('b', 2))).toBe(true);
    expect((await record.list()).map((e) => e.id)).toEqual(['b', 'a']);
    expect(platform.storeData.has(activityKey('northwind'))).toBe(true);
    // Another site on the same origin sees none of it.
    expect(await activityRecord(platform.store, 'other').list()).toEqual([]);
  });

  it('survives a new record on the same store (a reload)', async () => {
    const platform = createMemoryPlatform();
    await activityRecord(platform.store, 's').add(entry('kept'));
    expect((await activityRecord(platform.store, 's').list()).map((e) => e.id)).toEqual(['kept']);
  });

  it('replaces an entry with the same id instead of listing it twice', async () => {
    const record = activityRecord(createMemoryPlatform().store, 's');
    await record.add(entry('x', 1));
    await record.add({ ...entry('x', 2), title: 'Updated' });
    expect(await record.list()).toEqual([{ ...entry('x', 2), title: 'Updated' }]);
  });

  it('keeps at most ACTIVITY_LIMIT entries, dropping the oldest', async () => {
    const record = activityRecord(createMemoryPlatform().store, 's');
    for (let i = 0; i < ACTIVITY_LIMIT + 5; i++) await record.add(entry(`e${i}`, i));
    const list = await record.list();
    expect(list).toHaveLength(ACTIVITY_LIMIT);
    expect(list[0]!.id).toBe(`e${ACTIVITY_LIMIT + 4}`);
    expect(list.at(-1)!.id).toBe('e5');
  });

  it('two adds at once both keep their entry', async () => {
    const record = activityRecord(createMemoryPlatform().store, 's');
    await Promise.all([record.add(entry('one')), record.add(entry('two'))]);
    expect((await record.list()).map((e) => e.id).sort()).toEqual(['one', 'two']);
  });

  it('skips malformed stored values written by someone else', async () => {
    const platform = createMemoryPlatform();
    platform.storeData.set(activityKey('s'), [null, 'x', { id: 1 }, entry('ok')]);
    expect((await activityRecord(platform.store, 's').list()).map((e) => e.id)).toEqual(['ok']);
    platform.storeData.set(activityKey('s'), { not: 'a list' });
    expect(await activityRecord(platform.store, 's').list()).toEqual([]);
  });

  it('reports false and lists nothing where storage throws (a privacy mode), without throwing', async () => {
    const blocked: PersistentStore = {
      get: () => Promise.reject(new Error('SecurityError: blocked')),
      set: () => Promise.reject(new Error('SecurityError: blocked')),
      delete: () => Promise.reject(new Error('SecurityError: blocked')),
      update: () => Promise.reject(new Error('QuotaExceededError: full')),
    };
    const record = activityRecord(blocked, 's');
    expect(await record.add(entry('a'))).toBe(false);
    expect(await record.list()).toEqual([]);
    expect(await activityRecord(null, 's').add(entry('a'))).toBe(false);
  });
});
