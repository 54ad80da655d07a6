// Small form helpers shared by the portal's pages (ES module, no dependencies).

/**
 * Shows or hides a field's error message and marks the field invalid. `target` is an input
 * (gets aria-invalid) or a fieldset (its inputs get aria-invalid). The message is linked with
 * aria-describedby only while it is shown, so a hidden message is never read out.
 */
export function setError(target, message, show) {
  if (!target || !message) return;
  message.hidden = !show;
  const ids = (target.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  const without = ids.filter((id) => id !== message.id);
  const next = show ? [...without, message.id] : without;
  if (next.length) target.setAttribute('aria-describedby', next.join(' '));
  else target.removeAttribute('aria-describedby');

  const fields = target.matches('fieldset') ? target.querySelectorAll('input, select, textarea') : [target];
  for (const field of fields) {
    if (show) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
}

/** Checks a list of `[valid, target, message]` rules; returns the first invalid target's focusable. */
export function check(rules) {
  let first = null;
  for (const [valid, target, message] of rules) {
    setError(target, message, !valid);
    if (!valid && !first) first = target.matches('fieldset') ? target.querySelector('input, select, textarea') : target;
  }
  return first;
}

/** Today as `YYYY-MM-DD` in the visitor's time zone, optionally shifted by `days`. */
export function isoDate(days = 0) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `2026-11-28` → `28 November 2026`. */
export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(y, m - 1, d));
}

/** A short reference a customer can read out on the phone, e.g. `CLM-7K4Q-2P`. */
export function makeReference(prefix) {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The visible label of a choice tile's radio or checkbox (the text before its `<small>`). */
export function choiceLabel(input) {
  const text = input?.closest('label')?.querySelector('.choice-text');
  return text?.firstChild?.textContent?.trim() ?? '';
}

/** Moves focus to a heading (or other element) and brings it into view. */
export function focusHeading(el) {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}

/** Resolves after `ms` milliseconds (the demo's stand-in for a server round trip). */
export function wait(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True when the Situ widget's command function is on the page. */
export function hasSitu() {
  return typeof window.Situ === 'function';
}

/** Asks Situ to do something, if it is there; never throws into the page. */
export function situ(...args) {
  try {
    if (hasSitu()) window.Situ(...args);
  } catch {
    // Help is a nice-to-have here; the portal keeps working without it.
  }
}
