import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isChecked } from '@situ/core';
import { describe, expect, it } from 'vitest';
import { check } from './check';
import { main } from './cli';
import { nodeChecks } from './nodeChecks';

const root = new URL('../../../', import.meta.url).pathname;
const valid = {
  version: 1,
  site: 'test',
  theme: { accent: 'oklch(55% 0.15 160)' },
  articles: [{ id: 'a', title: 'A', body: 'Text' }],
  pages: [{ id: 'p', match: '/p/:id', articles: ['a'], steps: [{ id: 's', when: '#form:not([hidden])' }] }],
};

async function write(json: unknown, text = JSON.stringify(json, null, 2)) {
  const file = join(await mkdtemp(join(tmpdir(), 'situ-check-')), 'situ.json');
  await writeFile(file, text);
  return file;
}

describe('situ check', () => {
  it('passes a valid config', async () => {
    const result = await check(await write(valid));
    expect(result).toEqual({ code: 0, lines: [expect.stringMatching(/situ\.json: valid$/)] });
  });

  it('lists every problem by path with the messages the browser logs', async () => {
    const result = await check(join(root, 'e2e/fixtures/invalid.json'));
    const expected = JSON.parse(await readFile(join(root, 'e2e/fixtures/invalid.expect.json'), 'utf8')) as { paths: string[] };
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/invalid\.json: 4 problems$/);
    expect(result.lines.slice(1).map((l) => l.trim().split(':')[0]).sort()).toEqual([...expected.paths].sort());
    expect(result.lines).toContain('  pages[0].hints[0].target: expected a CSS selector');
  });

  it('rejects a URL pattern URLPattern refuses, and one that could freeze a page', async () => {
    const result = await check(await write({ ...valid, pages: [{ id: 'a', match: '/x/(' }, { id: 'b', match: '/claims/:id((?:\\d+)+)' }] }));
    expect(result.code).toBe(1);
    expect(result.lines.slice(1)).toEqual([
      '  pages[0].match: expected a URL pattern ("/claims/:id", "/help/*")',
      expect.stringMatching(/^ {2}pages\[1\]\.match: a repeated group that itself repeats/),
    ]);
  });

  it('says where a file is not JSON', async () => {
    const result = await check(await write(null, '{ "version": 1,, }'));
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/situ\.json: not valid JSON: .*position 15/);
  });

  it('stamps a valid config so the page can trust it, and an edit voids the stamp', async () => {
    const file = await write(valid);
    expect((await check(file, { stamp: true })).lines[0]).toMatch(/valid, stamped sha256-/);
    const stamped = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stamped).slice(0, 2)).toEqual(['version', 'checked']);
    expect(await isChecked(stamped)).toBe(true);
    expect(await isChecked({ ...stamped, site: 'other' })).toBe(false);
    expect((await check(file, { stamp: true })).lines[0]).toMatch(/stamp already current$/);
  });

  it('never stamps a config with problems', async () => {
    const file = await write({ ...valid, pages: [{ id: 'p', match: '/p', hints: [{ id: 'h', target: 'input::before', body: 'x' }] }] });
    const result = await check(file, { stamp: true });
    expect(result.code).toBe(1);
    expect(JSON.parse(await readFile(file, 'utf8')).checked).toBeUndefined();
  });

  it('rejects selectors a browser would reject, so a stamp never vouches for one', () => {
    for (const ok of ['#card', 'form > .field:nth-child(2n+1)', 'input:not([type=hidden])', 'main :is(h1, h2)', '[data-step="2"]'])
      expect(nodeChecks.isSelector(ok), ok).toBe(true);
    for (const bad of ['>>', 'input:hoverr', 'p::before', 'div[', '', '> a'])
      expect(nodeChecks.isSelector(bad), bad).toBe(false);
    expect(nodeChecks.isColor('#0b6e4f')).toBe(true);
    expect(nodeChecks.isColor('not a colour')).toBe(false);
  });

  it("keeps the demo portal's committed stamp current", async () => {
    const portal = JSON.parse(await readFile(join(root, 'examples/portal/public/help/situ.json'), 'utf8'));
    // If this fails, run: pnpm exec situ check --stamp examples/portal/public/help/situ.json
    expect(await isChecked(portal)).toBe(true);
  });

  it('explains its usage and exits 2 on a wrong call', async () => {
    expect(await main(['check'])).toBe(2);
    expect(await main(['chekc', 'x.json'])).toBe(2);
    expect(await main(['check', 'x.json', '--stmp'])).toBe(2);
  });
});
