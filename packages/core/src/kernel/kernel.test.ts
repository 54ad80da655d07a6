import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { capabilities } from '../capabilities';
import { hub } from '../capabilities/hub/hub';
import { stampOf } from '../config/stamp';
import { createMemoryPlatform } from '../platform/memoryPlatform';
import { defineCapability, payload } from './capability';
import { expect as expectArg } from './expect';
import { createKernel } from './kernel';

// A capability written here, in the test, and added to the list: nothing else is edited.
const pinger = defineCapability({
  name: 'pinger',
  views: ['pings'],
  events: { pong: payload<{ times: number }>() },
  messages: { en: { 'pinger.title': 'Pings' }, load: { nl: async () => ({ 'pinger.title': 'Pings (nl)' }) } },
  setup(ctx) {
    const panel = ctx.use(hub);
    const times = signal(0);
    return {
      api: { times, reset: () => (times.value = 0) },
      commands: {
        ping(n: number) {
          expectArg(typeof n === 'number', 'a number', n);
          times.value += n;
          ctx.emit('pong', { times: times.value });
          panel.open('pings');
        },
      },
    };
  },
});

describe('kernel', () => {
  it('registers a capability added to the list: its command, event, view, state and messages', async () => {
    const platform = createMemoryPlatform('https://portal.test/');
    const kernel = createKernel(platform, [...capabilities, pinger]);
    await kernel.commands.init({ version: 1 });
    const pongs: number[] = [];
    kernel.commands.on('pong', (e) => pongs.push(e.times));
    kernel.commands.ping(2);
    kernel.dispatch('ping', [3]);
    expect(pongs).toEqual([2, 5]);
    expect(kernel.state.times.value).toBe(5);
    expect(kernel.state.view.value).toEqual({ name: 'pings' });
    expect(kernel.commandNames).toContain('ping');
    expect(kernel.state.t.value('pinger.title' as never)).toBe('Pings');
    kernel.commands.locale('nl');
    await expect.poll(() => kernel.state.t.value('pinger.title' as never)).toBe('Pings (nl)');
    // Its commands are guarded like every other.
    kernel.commands.ping('x' as never);
    expect(platform.logs.at(-1)?.message).toBe('[situ] ping: expected a number, got "x"');
  });

  it('exposes state read-only: a write to a signal of state does not change it', async () => {
    const kernel = createKernel(createMemoryPlatform(), capabilities);
    expect(() => ((kernel.state.isOpen as { value: boolean }).value = true)).toThrow();
    expect(kernel.state.isOpen.value).toBe(false);
    expect('open' in kernel.state).toBe(false);
  });

  it('refuses a capability that uses one listed after it', () => {
    const early = defineCapability({ name: 'early', setup: (ctx) => ({ api: { hub: ctx.use(hub) } }) });
    expect(() => createKernel(createMemoryPlatform(), [early, ...capabilities])).toThrow(/uses hub, which must be listed first/);
  });

  it('trusts a config stamped ahead of time, and validates one whose stamp does not match', async () => {
    const config = { version: 1, site: 'x', pages: [{ id: 'p', match: '/p', steps: [{ id: 's', when: '>>' }] }] } as Record<string, unknown>;
    const honest = { version: 1, site: 'x', pages: [{ id: 'p', match: '/p' }] } as Record<string, unknown>;
    const platform = createMemoryPlatform('https://portal.test/p');
    const kernel = createKernel(platform, capabilities);
    await kernel.commands.init({ ...honest, checked: await stampOf(honest) });
    expect(kernel.state.page.value?.id).toBe('p');
    expect(kernel.state.problems.value).toEqual([]);
    // A stamp copied onto another config does not vouch for it.
    await kernel.commands.init({ ...config, checked: await stampOf(honest) });
    expect(kernel.state.problems.value.map((p) => p.path)).toEqual(['pages[0].steps[0].when']);
  });

  it('runs settle timers on the platform clock', async () => {
    const platform = createMemoryPlatform('https://portal.test/');
    const kernel = createKernel(platform, capabilities);
    await kernel.commands.init({ version: 1, articles: [{ id: 'a', title: 'Meter readings', body: 'x' }] });
    const searches: string[] = [];
    kernel.commands.on('search', (e) => searches.push(e.query));
    kernel.commands.open();
    kernel.api.search.search('meter');
    await expect.poll(() => kernel.state.searchState.value?.pending).toBe(false);
    platform.advance(799);
    expect(searches).toEqual([]);
    platform.advance(1);
    expect(searches).toEqual(['meter']);
    expect(platform.pendingTimers()).toBe(0);
  });
});
