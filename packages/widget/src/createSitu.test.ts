import { createMemoryPlatform } from '@situ/core';
import { describe, expect, it } from 'vitest';
import { createSitu } from './createSitu';

describe('createSitu', () => {
  it('mounts one shadow-rooted host with a labelled launcher, and destroy leaves nothing', async () => {
    const before = document.body.innerHTML;
    const situ = createSitu(undefined, { platform: createMemoryPlatform('https://portal.test/') });
    await situ.init({ version: 1, locale: 'nl', articles: [{ id: 'a', title: 'A' }] });
    const host = document.querySelector('situ-root')!;
    expect(host.shadowRoot).toBeTruthy();
    const launcher = host.shadowRoot!.querySelector<HTMLButtonElement>('[data-situ="launcher"]')!;
    await new Promise((r) => setTimeout(r, 50));
    expect(launcher.getAttribute('aria-label')).toBe('Hulp openen');
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    situ.destroy();
    expect(document.querySelector('situ-root')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(() => situ.open()).not.toThrow();
  });
});
