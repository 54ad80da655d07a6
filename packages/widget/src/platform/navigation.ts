/** The Navigation API's event target, where the browser has it (Chromium does). */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

const HISTORY_METHODS = ['pushState', 'replaceState'] as const;

/**
 * Calls `callback` after every same-document navigation: the Navigation API where present,
 * else wrapped `history.pushState`/`replaceState`; plus `popstate` and `hashchange` always.
 * The engine ignores a repeat of the same URL, so overlapping signals are harmless.
 */
export function onNavigate(win: Window, callback: () => void): () => void {
  const stops: (() => void)[] = [];
  const listen = (target: EventTarget, type: string) => {
    target.addEventListener(type, callback);
    stops.push(() => target.removeEventListener(type, callback));
  };
  listen(win, 'popstate');
  listen(win, 'hashchange');
  // A page's own global named `navigation` (a menu, say) shadows the Navigation API: only the
  // browser's object, an instance of `Navigation`, is it.
  const api = win as unknown as { navigation?: NavigationLike; Navigation?: new () => NavigationLike };
  const navigation = api.Navigation && api.navigation instanceof api.Navigation ? api.navigation : null;
  if (navigation) {
    navigation.addEventListener('currententrychange', callback);
    stops.push(() => navigation.removeEventListener('currententrychange', callback));
  } else {
    for (const method of HISTORY_METHODS) stops.push(wrapHistory(win.history, method, callback));
  }
  return () => stops.forEach((stop) => stop());
}

function wrapHistory(history: History, method: (typeof HISTORY_METHODS)[number], callback: () => void): () => void {
  const original = history[method];
  let active = true;
  const wrapped = function (this: History, ...args: Parameters<History['pushState']>) {
    const result = original.apply(this, args);
    if (active) callback();
    return result;
  };
  history[method] = wrapped;
  return () => {
    active = false;
    // Another script may have wrapped ours since; then ours stays in its chain, inert.
    if (history[method] === wrapped) history[method] = original;
  };
}
