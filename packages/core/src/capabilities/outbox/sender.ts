import { signal, type ReadonlySignal } from '@preact/signals-core';
import { activityRecord, type ActivityEntry } from '../../activity/activity';
import type { ContactReceipt } from '../contact/payload';
import type { Context } from '../../kernel/capability';
import { whenConfigured } from '../../kernel/whenConfigured';
import type { Delivery, Platform } from '../../platform/platform';
import { isRecord } from '../../util/isRecord';
import { uniqueId } from '../../util/uniqueId';
import { retryDelay } from './backoff';
import { entriesIn, type OutboxEntry } from './entries';
import { lease } from './lease';
import { parseRetryAfter } from './retryAfter';

/** Where a message stands, as the page that wrote it sees it. */
export type Outcome =
  | { state: 'sending' }
  /** Not delivered yet; tried again at `nextAt` (and when the network comes back). */
  | { state: 'queued'; nextAt: number; attempts: number }
  | { state: 'sent'; receipt: ContactReceipt | null }
  /** Refused by the receiver: never sent again. */
  | { state: 'failed'; status: number; problem: string | null };

/** A message to put in the outbox. */
export interface Outgoing {
  /** Unique id: the `Idempotency-Key`. */
  id: string;
  /** The absolute or page-relative URL to POST to. */
  url: string;
  /** The JSON body. */
  body: unknown;
  /** The case to keep in the activity record (as queued now, as received on delivery). */
  activity?: ActivityEntry;
}

/** The outbox: messages are written before the first send and leave only on a 2xx seen. */
export interface Outbox {
  /** Outcomes of the messages this page wrote or saw delivered, by id. */
  readonly outcomes: ReadonlySignal<Readonly<Record<string, Outcome>>>;
  /** Writes `message` to the outbox, then sends it. Resolves with whether it is kept on this device. */
  add(message: Outgoing): Promise<{ saved: boolean }>;
  /** Sends every entry that is due (or all of them, with `all`), one tab at a time. */
  flush(all?: boolean): Promise<void>;
  /** Forgets a failed message (the visitor copied their text or chose another channel). */
  discard(id: string): Promise<void>;
  /** Stops timers and listeners. */
  stop(): void;
}

/** The outbox's setting, from the config and the platform. */
export interface OutboxOptions {
  platform: Platform;
  delivery: Delivery;
  /** The site: keeps its outbox apart from other sites on the origin. */
  site: string;
  /** For jitter; `Math.random` by default. */
  random?: () => number;
}

/** The outbox of this instance's site, once its config names it; sends what waits at once. */
export async function openOutbox(ctx: Context): Promise<Outbox> {
  const { platform } = ctx;
  const { site } = await whenConfigured(ctx);
  const made = createOutbox({ platform, delivery: await platform.delivery(), site });
  ctx.onDestroy(made.stop);
  void made.flush();
  return made;
}

/** How long a tab whose outbox another tab is sending waits before looking again, in ms. */
export const BUSY_RETRY_MS = 2_000;

/** Opens the outbox of `site`: sends what is pending now, again when due, online, and on leaving. */
export function createOutbox({ platform, delivery, site, random = Math.random }: OutboxOptions): Outbox {
  const { store, timers } = platform;
  const entries = entriesIn(store, `situ:${site}:outbox`);
  const activity = activityRecord(store, site);
  const owner = uniqueId(platform.now());
  const fallbackLock = store ? lease(store, `situ:${site}:outbox-lock`, owner, platform.now) : null;
  const outcomes = signal<Readonly<Record<string, Outcome>>>({});
  // The ids this page is waiting on: when another tab delivers one, the activity record says so.
  const watching = new Set<string>();
  // The pending entries last read, so that leaving the page can send them without waiting on storage.
  let known: OutboxEntry[] = [];
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let again: { all: boolean } | null = null;
  let stopped = false;

  const settle = (id: string, outcome: Outcome) => {
    if (watching.has(id)) outcomes.value = { ...outcomes.peek(), [id]: outcome };
    if (outcome.state === 'sent' || outcome.state === 'failed') watching.delete(id);
  };

  const schedule = (at: number) => {
    if (stopped) return;
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => ((timer = null), void outbox.flush()), Math.max(0, at - platform.now()));
  };

  /** One try of one entry; resolves when the entry's state in storage has been updated. */
  async function attempt(entry: OutboxEntry): Promise<void> {
    settle(entry.id, { state: 'sending' });
    let answer: Awaited<ReturnType<Delivery['post']>> | null = null;
    try {
      answer = await delivery.post(entry.url, JSON.stringify(entry.body), { headers: { 'Idempotency-Key': entry.id } });
    } catch {
      // No answer (offline, a timeout, a CORS refusal): tried again later.
    }
    const now = platform.now();
    if (answer && answer.status >= 200 && answer.status < 300) {
      const receipt = receiptOf(answer.body);
      // The case first, then the entry leaves: a crash between the two sends it again, and the
      // receiver answers the repeat with its first answer.
      if (entry.activity) await activity.add({ ...entry.activity, status: receipt?.status ?? 'received', ...(receipt ? { caseId: receipt.caseId } : {}) });
      await entries.change(entry.id, () => undefined).catch(() => {});
      settle(entry.id, { state: 'sent', receipt });
      return;
    }
    if (answer && answer.status >= 400 && answer.status < 500 && answer.status !== 429 && answer.status !== 408) {
      const problem = problemOf(answer.body);
      const failed = { state: 'failed' as const, status: answer.status, ...(problem ? { problem } : {}) };
      await entries.change(entry.id, (e) => ({ ...e, ...failed, attempts: e.attempts + 1 })).catch(() => {});
      if (entry.activity) await activity.add({ ...entry.activity, status: 'failed' });
      settle(entry.id, { state: 'failed', status: answer.status, problem });
      return;
    }
    const attempts = entry.attempts + 1;
    const nextAt = now + retryDelay(attempts, answer ? parseRetryAfter(answer.retryAfter, now) : null, random);
    await entries.change(entry.id, (e) => ({ ...e, attempts, nextAt })).catch(() => {});
    settle(entry.id, { state: 'queued', nextAt, attempts });
  }

  /** Sends what is due until nothing is, then sets a timer for the next entry. Holds the lock. */
  async function send(all: boolean): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      if (stopped) return;
      known = (await entries.list()).filter((e) => e.state === 'pending');
      const pending = known.filter((e) => !tried.has(e.id));
      const due = pending.filter((e) => all || e.nextAt <= platform.now());
      if (due.length === 0) {
        const next = Math.min(...known.map((e) => e.nextAt));
        if (Number.isFinite(next)) schedule(next);
        return;
      }
      for (const entry of due) {
        tried.add(entry.id);
        if (fallbackLock && !delivery.lock && !(await fallbackLock.take().catch(() => true))) return;
        await attempt(entry);
      }
    }
  }

  /** Ids this page waits on that are gone from the outbox: another tab delivered or refused them. */
  async function catchUp(): Promise<void> {
    if (watching.size === 0) return;
    const present = new Map((await entries.list()).map((e) => [e.id, e]));
    const cases = new Map((await activity.list()).map((e) => [e.id, e]));
    for (const id of [...watching]) {
      const entry = present.get(id);
      if (entry?.state === 'failed') settle(id, { state: 'failed', status: entry.status ?? 400, problem: entry.problem ?? null });
      else if (!entry && cases.get(id)?.caseId) {
        const kept = cases.get(id)!;
        settle(id, { state: 'sent', receipt: { caseId: kept.caseId!, status: kept.status ?? 'received', reference: kept.reference ?? '' } });
      }
    }
  }

  const outbox: Outbox = {
    outcomes,
    async add(message) {
      const now = platform.now();
      const entry: OutboxEntry = { id: message.id, url: message.url, body: message.body, createdAt: now, attempts: 0, nextAt: now, state: 'pending' };
      if (message.activity) entry.activity = { ...message.activity, status: 'queued' };
      watching.add(message.id);
      // Written before the first send: a page closed mid-send sends it again next time.
      const saved = await entries.add(entry);
      known = [...known, entry];
      if (entry.activity && saved) await activity.add(entry.activity);
      void outbox.flush();
      return { saved };
    },
    flush(all = false) {
      if (stopped) return Promise.resolve();
      // One run at a time in this tab (the lock keeps other tabs out); a flush asked for during a
      // run (a timer, the network back, a new message) runs again after it, so none is lost.
      if (running) {
        again = { all: all || (again?.all ?? false) };
        return running;
      }
      running = (async () => {
        try {
          const ran = delivery.lock
            ? await delivery.lock(`situ:${site}:outbox`, () => send(all))
            : fallbackLock
              ? await fallbackLock.take().catch(() => true)
              : true;
          if (!delivery.lock && ran) {
            try {
              await send(all);
            } finally {
              await fallbackLock?.release().catch(() => {});
            }
          }
          await catchUp();
          // Another tab is sending: look again soon, to learn what became of this page's messages.
          if (!ran && watching.size > 0) schedule(platform.now() + BUSY_RETRY_MS);
        } finally {
          running = null;
        }
        const next = again;
        again = null;
        if (next) await outbox.flush(next.all);
      })();
      return running;
    },
    async discard(id) {
      watching.delete(id);
      await entries.change(id, () => undefined).catch(() => {});
    },
    stop() {
      stopped = true;
      if (timer !== null) timers.clear(timer);
      stops.forEach((s) => s());
    },
  };

  const stops = [
    delivery.onOnline(() => void outbox.flush(true)),
    // The page is being left: a last try with keepalive. Its answer may never be seen, so nothing
    // leaves the outbox for it; the next page load sends again, and the key makes that harmless.
    // Only to the page's own origin: a custom header across origins needs a preflight that cannot
    // finish while the page unloads (posthog-js#4139).
    delivery.onLeave(() => {
      for (const e of known)
        if (delivery.sameOrigin(e.url)) delivery.post(e.url, JSON.stringify(e.body), { headers: { 'Idempotency-Key': e.id }, keepalive: true }).catch(() => {});
    }),
  ];
  return outbox;
}

function receiptOf(body: unknown): ContactReceipt | null {
  return isRecord(body) && typeof body.caseId === 'string'
    ? { caseId: body.caseId, status: typeof body.status === 'string' ? body.status : 'received', reference: typeof body.reference === 'string' ? body.reference : '' }
    : null;
}

function problemOf(body: unknown): string | null {
  if (!isRecord(body)) return null;
  const problems = Array.isArray(body.problems) ? body.problems.filter(isRecord).map((p) => `${String(p.path)}: ${String(p.message)}`) : [];
  return [typeof body.error === 'string' ? body.error : '', ...problems].filter(Boolean).join('; ') || null;
}
