// The language of the portal's help: "Help in" in the header calls `Situ('locale', code)`, and
// the choice is remembered in this browser. The portal itself is in English; its help is in
// English and Dutch (examples/portal/help, compiled by `situ build`, one file per language).

import { situ } from './situ.js';

const win = window;

const KEY = 'northwind:help-language';
const select = document.getElementById('help-language');

const stored = () => {
  try {
    return win.localStorage.getItem(KEY);
  } catch {
    return null; // storage blocked: the choice lasts the page
  }
};

if (select) {
  const chosen = stored();
  if (chosen && chosen !== select.value && [...select.options].some((o) => o.value === chosen)) {
    select.value = chosen;
    situ('locale', chosen);
  }
  select.addEventListener('change', () => {
    situ('locale', select.value);
    try {
      win.localStorage.setItem(KEY, select.value);
    } catch {
      // as above
    }
  });
}
