/**
 * True when a field of the page holds something the visitor typed or chose (its value differs
 * from the one the page loaded with), so leaving the page could lose it.
 */
export function hasUnsavedInput(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll('input, textarea, select'))) {
    if (el instanceof HTMLInputElement) {
      if (el.type === 'hidden' || el.disabled) continue;
      if (el.type === 'checkbox' || el.type === 'radio' ? el.checked !== el.defaultChecked : el.value !== el.defaultValue) return true;
    } else if (el instanceof HTMLTextAreaElement) {
      if (!el.disabled && el.value !== el.defaultValue) return true;
    } else if (el instanceof HTMLSelectElement) {
      if (!el.disabled && Array.from(el.options).some((o) => o.selected !== o.defaultSelected)) return true;
    }
  }
  return false;
}
