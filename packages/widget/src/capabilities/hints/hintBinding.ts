import { nextOpen, openAtFirst, type Hint, type HintEvent, type HintList } from '@situ/core';
import { anchor, anchorBeacon } from './anchor';
import { renderBox } from './hintBox';

/** What a binding needs from its layer. */
export interface HintHost {
  /** The hints part in core: told when a hint shows and when the visitor closes it. */
  readonly part: HintList;
  /** Gives a shadow root the hints' stylesheets. */
  adopt(shadow: ShadowRoot): void;
  /** The accessible name of a beacon beside `target`. */
  beaconLabel(target: Element): string;
  /** The theme's colour scheme (`light`, `dark` or `auto`). */
  readonly scheme: string;
}

/** One hint bound to one element of the page. */
export interface HintBinding {
  readonly hint: Hint;
  readonly target: Element;
  readonly el: HTMLElement;
  /** Whether the visitor has it open (it shows while its target is in view). */
  readonly open: boolean;
  /** Feeds one of the visitor's actions. */
  handle(event: HintEvent): void;
  /** Whether an event's composed path passes through the target, the hint or its beacon. */
  owns(path: readonly EventTarget[]): boolean;
  /** Removes everything this binding added to the page. */
  destroy(): void;
}

let sequence = 0;

/**
 * Binds `hint` to `target`: the hint's box (a `<situ-hint>` in the page's own DOM, so that the
 * target's `aria-describedby` can name it; or the page's own `<situ-hint for>` element), the
 * listeners its trigger needs, a beacon for `beacon` hints, and an IntersectionObserver that
 * shows it only while its target is in view. Nothing takes focus.
 */
export function bindHint(host: HintHost, hint: Hint, target: Element, markup: HTMLElement | null): HintBinding {
  const doc = target.ownerDocument;
  const win = doc.defaultView!;
  const el = markup ?? doc.createElement('situ-hint');
  const stops: (() => void)[] = [];
  const listen = (node: EventTarget, type: string, fn: (event: Event) => void) => {
    node.addEventListener(type, fn);
    stops.push(() => node.removeEventListener(type, fn));
  };

  const hadId = el.id !== '';
  if (!hadId) el.id = `situ-hint-${++sequence}`;
  // A manual popover sits in the top layer, above any z-index of the page, and never takes focus.
  const popover = typeof el.showPopover === 'function';
  if (popover) el.setAttribute('popover', 'manual');
  else el.hidden = true;
  el.setAttribute('role', 'tooltip');
  el.dataset.situ = 'hint';
  el.dataset.trigger = hint.trigger;
  el.dataset.scheme = host.scheme;
  const shadow = el.shadowRoot?.querySelector('.box') ? el.shadowRoot : renderBox(el);
  host.adopt(shadow);
  if (!markup) {
    if (hint.title) {
      const title = doc.createElement('span');
      title.slot = 'title';
      title.textContent = hint.title;
      el.append(title, ' ');
    }
    el.append(hint.body);
    doc.body.append(el);
  }
  const arrowEl = shadow.querySelector<HTMLElement>('.arrow');
  shadow.querySelector<HTMLElement>('.title')!.hidden = !el.querySelector(':scope > [slot="title"]');

  // The field is described by the hint's text, whether or not the hint shows at this moment.
  const describedBy = () => (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  if (!describedBy().includes(el.id)) target.setAttribute('aria-describedby', [...describedBy(), el.id].join(' '));

  let beacon: HTMLElement | null = null;
  let button: HTMLButtonElement | null = null;
  if (hint.trigger === 'beacon') {
    beacon = doc.createElement('situ-beacon');
    beacon.dataset.situ = 'beacon';
    beacon.dataset.scheme = host.scheme;
    beacon.style.visibility = 'hidden';
    const inside = beacon.attachShadow({ mode: 'open' });
    host.adopt(inside);
    button = doc.createElement('button');
    button.type = 'button';
    button.className = 'beacon';
    button.textContent = '?';
    button.setAttribute('aria-label', host.beaconLabel(target));
    button.setAttribute('aria-expanded', 'false');
    inside.append(button);
    listen(button, 'click', () => handle('beacon'));
    // Right after the field (or its label) in the tab order; fixed, so the layout does not move.
    (target.closest('label') ?? target).after(beacon);
  }

  const trigger = hint.trigger;
  if (trigger === 'focus' || trigger === 'hover') {
    listen(target, 'focusin', () => handle('focus'));
    listen(target, 'focusout', (event) => {
      if (!target.contains((event as FocusEvent).relatedTarget as Node | null)) handle('blur');
    });
  }
  if (trigger === 'hover') {
    // The pointer may cross from the field to the hint (WCAG 1.4.13: hoverable) without closing it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const enter = () => {
      clearTimeout(timer);
      handle('enter');
    };
    const leave = () => {
      clearTimeout(timer);
      timer = setTimeout(() => handle('leave'), 200);
    };
    for (const node of [target, el]) {
      listen(node, 'pointerenter', enter);
      listen(node, 'pointerleave', leave);
    }
    stops.push(() => clearTimeout(timer));
  }
  if (trigger === 'click') listen(target, 'click', () => handle('click'));

  let open = openAtFirst(trigger);
  let inView = false;
  let showing = false;
  let stopAnchor: (() => void) | null = null;
  let stopBeacon: (() => void) | null = null;

  const render = () => {
    button?.setAttribute('aria-expanded', String(open));
    if (beacon) {
      if (inView && !stopBeacon) {
        beacon.hidden = false;
        stopBeacon = anchorBeacon(target, beacon);
      } else if (!inView && stopBeacon) {
        stopBeacon();
        stopBeacon = null;
        beacon.hidden = true;
      }
    }
    const show = open && inView;
    if (show === showing || !el.isConnected) return;
    showing = show;
    if (show) {
      if (popover) el.showPopover();
      else el.hidden = false;
      stopAnchor = anchor(target, el, arrowEl, hint.placement);
      host.part.shown(hint);
    } else {
      stopAnchor?.();
      stopAnchor = null;
      if (popover) el.hidePopover();
      else el.hidden = true;
    }
  };
  const handle = (event: HintEvent) => {
    const was = open;
    open = nextOpen(trigger, open, event);
    render();
    if (was && !open) host.part.closed(hint);
  };

  // Shown only while the target is on screen: scrolled away (in the window or a scrolling
  // container) or hidden, the hint goes with it and comes back with it.
  const observer = new win.IntersectionObserver((entries) => {
    inView = entries[entries.length - 1]!.isIntersecting;
    render();
  });
  observer.observe(target);

  return {
    hint,
    target,
    el,
    get open() {
      return open;
    },
    handle,
    owns: (path) => path.includes(target) || path.includes(el) || (beacon !== null && path.includes(beacon)),
    destroy() {
      observer.disconnect();
      stops.splice(0).forEach((stop) => stop());
      stopAnchor?.();
      stopBeacon?.();
      if (showing && popover && el.isConnected) el.hidePopover();
      const rest = describedBy().filter((id) => id !== el.id);
      if (rest.length) target.setAttribute('aria-describedby', rest.join(' '));
      else target.removeAttribute('aria-describedby');
      beacon?.remove();
      if (!markup) return el.remove();
      // The page's own element goes back to how it was written: its text, inline.
      if (!hadId) el.removeAttribute('id');
      for (const name of ['popover', 'role', 'data-situ', 'data-trigger', 'data-scheme', 'data-side', 'hidden', 'dir']) el.removeAttribute(name);
      el.style.removeProperty('left');
      el.style.removeProperty('top');
      shadow.adoptedStyleSheets = [];
      shadow.replaceChildren(doc.createElement('slot'));
    },
  };
}
