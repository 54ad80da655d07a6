import { FETCH_TIMEOUT_MS, type Delivery } from '@situ/core';

/** What the outbox needs in a browser page: a lazy chunk of the platform, loaded with the outbox. */
export function browserDelivery(win: Window): Delivery {
  const listen = (type: 'online' | 'pagehide') => (callback: () => void) => {
    // On the window: a `pagehide` listener on the document never runs (analytics-next#714).
    win.addEventListener(type, callback);
    return () => win.removeEventListener(type, callback);
  };
  const locks = (win.navigator as Navigator & { locks?: LockManager }).locks;
  return {
    async post(url, body, { headers, keepalive = false, timeoutMs = FETCH_TIMEOUT_MS }) {
      const response = await win.fetch(url, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json', ...headers },
        keepalive,
        // Cookies only to the page's own origin: a receiver elsewhere answers CORS without credentials.
        credentials: 'same-origin',
        ...(keepalive ? {} : { signal: AbortSignal.timeout(timeoutMs) }),
      });
      let parsed: unknown = null;
      try {
        parsed = await response.json();
      } catch {
        // Not JSON: the status says enough.
      }
      return { status: response.status, retryAfter: response.headers.get('Retry-After'), body: parsed };
    },
    onOnline: listen('online'),
    onLeave: listen('pagehide'),
    ...(locks?.request
      ? {
          lock: (name: string, fn: () => Promise<void>) =>
            locks.request(name, { ifAvailable: true }, async (lock) => (lock ? (await fn(), true) : false)) as unknown as Promise<boolean>,
        }
      : {}),
    env: () => ({
      language: win.navigator.language,
      viewport: `${win.innerWidth}x${win.innerHeight}`,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }),
    sameOrigin: (url) => new URL(url, win.location.href).origin === win.location.origin,
  };
}
