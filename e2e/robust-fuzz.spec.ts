import type { Page } from '@playwright/test';
import { fixtureConfig, uniqueTitleWord } from './support/config';
import {
  describeCalls,
  fuzzStats,
  installSituFuzz,
  parsePick,
  runStream,
  seedFrom,
  type FuzzEvent,
  type FuzzOptions,
  type FuzzStats,
} from './support/fuzz';
import { holdRequests } from './support/recorders';
import { resultLink, situ, typeKeys, waitForLauncher } from './support/situ';
import { expect, test } from './support/test';

// A seeded fuzz of `Situ(name, ...args)` on a page under `Content-Security-Policy: default-src
// 'self'` (e2e/fixtures/csp-robust-fuzz.html: global-setup sends the CSP for /e2e/csp*; config
// e2e/fixtures/site.json; the stream itself is built in the page by e2e/support/fuzz.ts). The same stream of
// 2,000 calls (real command names and hostile ones; Proxies whose every trap throws, revoked
// Proxies, throwing getters, cyclic and 100,000-deep values, Symbols, BigInts, 1 MiB strings,
// throwing and re-entrant listeners, destroy and init mid-stream, ...) is made three ways:
//
// - queued:  pushed through the stub by the host page's script, before situ.js loads;
// - loading: after situ.js has run, while the hub code (situ-hub.js) is held back (it arrives
//            after the last call) and the config fetched by init() is slow;
// - live:    after the hub has loaded and been used once.
//
// Then nothing may have reached the page (`error`, `unhandledrejection`, a throw out of
// `Situ(...)`), the page's own script must still run, there must never have been more than one
// <situ-root> or dialog, no throw may have got past the kernel's guard to the loader's last-resort
// catch ("[situ] loader: …", which emits no `error` event), and the widget must still work as a
// person uses it after Situ('destroy') and Situ('init', config).
//
// The seed is fixed, and printed with the figures. For reproducing locally only: FUZZ_SEED=<n> (or
// any text) runs another stream, FUZZ_PICK=3,10-12 only those calls of it, FUZZ_CALLS=<n> a stream
// of another length, FUZZ_MODES=live,queued only those runs, FUZZ_VERBOSE=1 prints the progress.

const DEFAULT_SEED = 20_240_611;
const seed = seedFrom(process.env.FUZZ_SEED, DEFAULT_SEED);
const pick = parsePick(process.env.FUZZ_PICK);
const CALLS = Number(process.env.FUZZ_CALLS || 2_000);
const CHUNK = 100;
const FIXTURE = '/e2e/csp-robust-fuzz.html';
const HUB = '**/situ-hub.js';
const CONFIG_URL = '/e2e/site.json';
const SLOW_CONFIG_MS = 1_500;

const site = fixtureConfig('site.json');
const { article, word } = uniqueTitleWord(site.articles);

type W = {
  Situ: (...args: unknown[]) => unknown;
  __hostTicks: number;
  __hostScriptDone?: boolean;
  __situFuzz: { countRoots(): { roots: number; dialogs: number } };
};

/** `promise`, or a rejection after `ms` (a blocked page never answers an evaluate). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The host page's interval counter; rejects when the page does not answer within `ms` (its main thread is blocked). */
const hostTicks = (page: Page, ms = 15_000) =>
  within(page.evaluate(() => (window as unknown as W).__hostTicks), ms).catch((error: Error) => {
    throw new Error(`the page did not answer for ${ms / 1000} s (${error.message}): its main thread is blocked`);
  });

/**
 * Where a page's main thread is, as a JavaScript stack from the DevTools protocol: the debugger
 * is attached before the page loads (a blocked page may no longer answer `Debugger.enable`), and
 * `stack()` pauses the page, reads the stack and resumes it.
 */
async function attachDebugger(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Debugger.enable');
  type Frame = { functionName: string; url: string; location: { lineNumber: number; columnNumber: number } };
  return {
    async stack(): Promise<string[]> {
      const paused = new Promise<{ callFrames: Frame[] }>((resolve) => cdp.once('Debugger.paused', resolve as never));
      void cdp.send('Debugger.pause').catch(() => undefined);
      const at = await Promise.race([paused, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000))]);
      if (!at) return ['(the page could not be paused)'];
      void cdp.send('Debugger.resume').catch(() => undefined);
      return at.callFrames.map(
        (f) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^https?:\/\/[^/]+/, '')}:${f.location.lineNumber + 1}:${f.location.columnNumber + 1}`,
      );
    },
  };
}

/** Groups events by message: "×count message  [first calls: #i description; …]". */
async function summarize(page: Page, events: FuzzEvent[], limit = 12): Promise<string[]> {
  const groups = new Map<string, FuzzEvent[]>();
  for (const e of events) {
    const key = `${e.phase}${e.during ? '' : ' (after the call)'}: ${e.call ? `${e.call} → ` : ''}${e.message}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const lines: string[] = [];
  for (const [key, list] of [...groups].slice(0, limit)) {
    // Only a live call can be named: in the queued run everything happens during the replay.
    const at = [...new Set(list.filter((e) => e.phase === 'run').map((e) => e.at).filter((i) => i >= 0))].slice(0, 3);
    const described = at.length ? await within(describeCalls(page, at), 5_000).catch(() => at.map(() => '?')) : [];
    const first = at.map((i, n) => `#${i} Situ(${described[n]})`).join('; ');
    lines.push(`  ×${list.length} ${key.replace(/\s+/g, ' ')}${first ? `\n      at or after: ${first}` : ''}`);
  }
  if (groups.size > limit) lines.push(`  … and ${groups.size - limit} more distinct`);
  return lines;
}

const MODES = (['queued', 'loading', 'live'] as const).filter((m) => !process.env.FUZZ_MODES || process.env.FUZZ_MODES.split(',').includes(m));
const VERBOSE = !!process.env.FUZZ_VERBOSE;

const HOW: Record<(typeof MODES)[number], string> = {
  queued: 'queued through the stub before situ.js loads',
  loading: 'made after situ.js ran, while the hub code is held back (it arrives after the last call; config fetches are slow)',
  live: 'made live after the hub has loaded',
};

for (const mode of MODES) {
  test(`fuzz (${mode}): ${pick ? pick.length : CALLS} seeded calls of Situ() reach nothing in the page, and the widget still works`, async ({ page }) => {
    test.setTimeout(120_000);
    test.info().annotations.push({ type: 'seed', description: String(seed) });
    const began = Date.now();
    const situConsoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().startsWith('[situ]')) situConsoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    const options: FuzzOptions = { seed, calls: CALLS, pick, mode, validConfig: site.raw as Record<string, unknown>, configUrl: CONFIG_URL };
    console.log(
      `[fuzz ${mode}] seed ${seed}${process.env.FUZZ_SEED ? ` (FUZZ_SEED=${process.env.FUZZ_SEED})` : ' (the fixed default; FUZZ_SEED=<n> to try another)'}, ` +
        `${pick ? `calls ${process.env.FUZZ_PICK} only (FUZZ_PICK)` : `${CALLS} calls`}, ${HOW[mode]}`,
    );
    await page.addInitScript(installSituFuzz, options);
    const debug = await attachDebugger(page);
    const hub = mode === 'loading' ? await holdRequests(page, HUB) : null;
    if (mode === 'loading') {
      // A slow network: the config the stream's init() calls fetch takes 1.5 s (the first fetch,
      // the page's own data-config, does not), so an init() made while the hub code loads may
      // still be fetching when the hub code arrives.
      let fetches = 0;
      await page.route(`**${CONFIG_URL}`, async (route) => {
        if (fetches++ > 0) await new Promise((resolve) => setTimeout(resolve, SLOW_CONFIG_MS));
        await route.continue().catch(() => undefined); // the page may be gone by then
      });
    }

    const response = await page.goto(FIXTURE);
    expect(response!.headers()['content-security-policy'], 'the fixture is served with the strict CSP').toBe("default-src 'self'");

    let streamMs = 0;
    let replayFinished: boolean | null = null;
    let ticksAtStart = 0;
    let ticksAtEnd = 0;
    let ticksAfter = 0;
    let stats: FuzzStats | null = null;
    const findings: string[] = [];
    let visitorCheck = 'not reached';

    /** Prints the figures (they end up in the CI log), with the problems grouped and, live, the calls at fault. */
    const figures = async () => {
      stats = await within(fuzzStats(page), 5_000).catch(() => stats);
      if (!stats) return;
      const s = stats;
      const loaderErrors = situConsoleErrors.filter((t) => t.startsWith('[situ] loader'));
      const longest = situConsoleErrors.reduce((n, t) => Math.max(n, t.length), 0);
      const tag = `[fuzz ${mode}]`;
      const lines = [
        `${tag} seed ${seed}: ${s.tried} calls tried (${HOW[mode]}) + ${s.nested} made by re-entrant listeners; stream ${(streamMs / 1000).toFixed(1)} s, whole test ${((Date.now() - began) / 1000).toFixed(1)} s`,
        `${tag} host-page errors: ${s.errors.length}; unhandled rejections: ${s.rejections.length}; throws out of Situ(): ${s.throws.length} (Playwright pageerror: ${pageErrors.length})`,
        `${tag} [situ] console errors: ${situConsoleErrors.length}, the longest ${longest} characters; "[situ] loader: …" (a throw only the loader's last-resort catch saw): ${loaderErrors.length}`,
        `${tag} most <situ-root> at once: ${s.maxRoots}; most dialogs at once: ${s.maxDialogs}; host page's interval ticks ${ticksAtStart} → ${ticksAtEnd} (end of stream) → ${ticksAfter} (settled)` +
          (replayFinished === null ? '' : `; queue replayed: ${replayFinished ? 'yes' : 'NO'}`),
        `${tag} the visitor check (destroy, init, launcher, search, Escape): ${visitorCheck}`,
      ];
      if (s.errors.length) lines.push(`${tag} host-page errors:`, ...(await summarize(page, s.errors)));
      if (s.rejections.length) lines.push(`${tag} unhandled rejections:`, ...(await summarize(page, s.rejections)));
      if (s.throws.length) lines.push(`${tag} throws out of Situ():`, ...(await summarize(page, s.throws)));
      const loaderEvents = s.consoleErrors.filter((e) => e.message.startsWith('[situ] loader'));
      if (loaderEvents.length) lines.push(`${tag} "[situ] loader" console errors:`, ...(await summarize(page, loaderEvents)));
      const distinct = [...new Set(situConsoleErrors.map((t) => t.split('\n')[0]!.slice(0, 160)))];
      lines.push(`${tag} distinct [situ] errors: ${distinct.length}; the first:`, ...distinct.slice(0, 6).map((t) => `  ${t}`));
      if (findings.length) lines.push(`${tag} also:`, ...findings.map((f) => `  ${f}`));
      if (mode === 'queued' && (s.errors.length || s.rejections.length || loaderEvents.length)) {
        lines.push(`${tag} (queued calls run in one replay and cannot be told apart here: FUZZ_MODES=live and FUZZ_PICK narrow them down)`);
      }
      console.log(lines.join('\n'));
    };

    /** The host's counter; if the page no longer answers, a finding with where it is stuck, and a failure. */
    const answering = () =>
      hostTicks(page).catch(async (error: Error) => {
        const stack = await within(debug.stack(), 10_000).catch((e: Error) => [`(no stack: ${e.message})`]);
        findings.push(`${error.message}; it is running:\n    ${stack.join('\n    ')}`);
        throw error;
      });
    const progress = async (done: number, total: number) => {
      if (VERBOSE) console.log(`[fuzz ${mode}] ${done}/${total} calls at ${Date.now() - began} ms`);
    };

    try {
      // ---- the stream ----------------------------------------------------------------------
      const t0 = Date.now();
      if (mode === 'queued') {
        ticksAtStart = await answering();
        expect(await page.evaluate(() => (window as unknown as W).__hostScriptDone), "the host page's script ran to its end after queuing the stream").toBe(true);
        // The loader replays the queue once the hub code has arrived, and empties it.
        replayFinished = await page
          .waitForFunction(
            () => {
              const S = (window as unknown as { Situ?: { loaded?: boolean; q?: unknown[] } }).Situ;
              return !!S?.loaded && Array.isArray(S.q) && S.q.length === 0;
            },
            undefined,
            { timeout: 10_000 },
          )
          .then(
            () => true,
            () => false,
          );
        if (!replayFinished) {
          const left = await page.evaluate(() => ((window as unknown as { Situ: { q?: unknown[] } }).Situ.q ?? []).length);
          findings.push(`the queued stream was not replayed: 10 s after load, Situ.q still holds ${left} calls`);
        }
      } else if (mode === 'loading') {
        await waitForLauncher(page);
        ticksAtStart = await answering();
        // Every call is made while the hub code is held back; it arrives after the last one
        // (then the loader starts the hub with what it has queued since the last destroy).
        await runStream(page, CHUNK, progress);
        const arrived = hub!.count() > 0 ? page.waitForResponse((r) => r.url().endsWith('/situ-hub.js'), { timeout: 10_000 }).catch(() => null) : null;
        hub!.release();
        await arrived;
      } else {
        // Loaded, and used once: the launcher opens the hub, Escape closes it.
        await waitForLauncher(page);
        await situ(page).launcher.click();
        await expect(situ(page).panel).toBeVisible({ timeout: 10_000 });
        await page.keyboard.press('Escape');
        await expect(situ(page).panel).toBeHidden();
        ticksAtStart = await answering();
        await runStream(page, CHUNK, progress);
      }
      streamMs = Date.now() - t0;
      ticksAtEnd = await answering();
      // Let the timers, fetches, chunks and renders the stream started finish.
      await page.waitForTimeout(mode === 'loading' ? SLOW_CONFIG_MS + 1_500 : 1_500);
      ticksAfter = await answering();
      stats = await fuzzStats(page);

      // ---- what reached the page -------------------------------------------------------------
      const s = stats;
      expect.soft(s.errors.map((e) => e.message), 'uncaught errors (window `error` events)').toEqual([]);
      expect.soft(s.rejections.map((e) => e.message), 'unhandled rejections').toEqual([]);
      expect.soft(s.throws.map((e) => `${e.call} → ${e.message}`), 'throws out of Situ(...)').toEqual([]);
      expect.soft(s.maxRoots, 'never more than one <situ-root>').toBeLessThanOrEqual(1);
      expect.soft(s.maxDialogs, 'never more than one dialog').toBeLessThanOrEqual(1);
      if (mode === 'queued') expect.soft(replayFinished, 'the queued calls were all replayed (Situ.q emptied)').toBe(true);
      expect.soft(ticksAtEnd, "the host page's own interval ran during the stream").toBeGreaterThan(ticksAtStart);
      expect.soft(ticksAfter, "the host page's own interval kept running after it").toBeGreaterThan(ticksAtEnd);
      // docs/commands.md: a bad call logs a [situ] error naming the command and emits an `error`
      // event. A throw that only the loader's last-resort catch saw ("[situ] loader: …") got
      // neither: it got past the kernel's guard.
      expect
        .soft(
          situConsoleErrors.filter((t) => t.startsWith('[situ] loader')).map((t) => t.split('\n')[0]),
          "throws that got past the kernel's guard to the loader's last-resort catch",
        )
        .toEqual([]);

      // ---- the widget, as a person uses it ---------------------------------------------------
      visitorCheck = "Situ('destroy'), Situ('init', config)";
      const thrown = await page.evaluate((config) => {
        const w = window as unknown as W;
        const out: string[] = [];
        for (const args of [['destroy'], ['init', config]]) {
          try {
            w.Situ(...args);
          } catch (error) {
            out.push(`Situ('${String(args[0])}') threw ${String(error)}`);
          }
        }
        return out;
      }, site.raw);
      expect(thrown, "Situ('destroy') and Situ('init', config) after the stream").toEqual([]);
      const ui = situ(page);
      visitorCheck = 'one <situ-root> and its launcher';
      await expect(ui.host, 'one <situ-root> after destroy and init').toHaveCount(1, { timeout: 10_000 });
      await waitForLauncher(page);
      visitorCheck = 'a click on the launcher opens the hub';
      await ui.launcher.click();
      await expect(ui.panel, 'the hub opens on a click on the launcher').toBeVisible({ timeout: 10_000 });
      visitorCheck = `typing "${word}" finds "${article.title}"`;
      await typeKeys(ui.search, word);
      await expect(resultLink(page, article.id), `typing "${word}" key by key finds "${article.title}"`).toBeVisible();
      visitorCheck = 'Escape closes the hub';
      await page.keyboard.press('Escape');
      await expect(ui.panel, 'Escape closes the hub').toBeHidden();
      const counts = await page.evaluate(() => (window as unknown as W).__situFuzz.countRoots());
      expect(counts.roots, 'one <situ-root>').toBe(1);
      expect(counts.dialogs, 'at most one dialog').toBeLessThanOrEqual(1);
      await page.locator('#counter').click();
      await expect(page.locator('#count'), "the host page's own button still works").toHaveText('1');
      visitorCheck = 'passed';

      // Nothing reached the page while the visitor used it either.
      const end = await fuzzStats(page);
      expect.soft(end.errors.slice(s.errors.length).map((e) => e.message), 'uncaught errors during the visitor check').toEqual([]);
      expect.soft(end.rejections.slice(s.rejections.length).map((e) => e.message), 'unhandled rejections during the visitor check').toEqual([]);
    } finally {
      await figures();
    }
  });
}
