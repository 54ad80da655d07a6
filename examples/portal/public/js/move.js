// "Move house": a tiny single-page app. One HTML file (move.html) serves /move, /move/date and
// /move/done; this router renders the view for location.pathname from the page's <template>s,
// follows its own links with history.pushState, and re-renders on popstate (Back/Forward).

import { check, focusHeading, formatDate, isoDate, makeReference } from './forms.js';
import { situ } from './situ.js';

const app = document.getElementById('move-app');
const $ = (id) => document.getElementById(id);

const ROUTES = {
  '/move': { render: renderAddress, title: 'New address' },
  '/move/date': { render: renderDate, title: 'Moving date and meter readings' },
  '/move/done': { render: renderDone, title: 'Move registered' },
};

// ---------- State (kept for this browser tab) ----------

const STORE_KEY = 'northwind.move';
let memory = {};

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(STORE_KEY) ?? '{}') ?? {};
  } catch {
    return memory;
  }
}

function save(patch) {
  const next = { ...load(), ...patch };
  memory = next;
  try {
    sessionStorage.setItem(STORE_KEY, JSON.stringify(next));
  } catch {
    // Storage can be off (private mode); the in-memory copy lasts while the page is open.
  }
  return next;
}

function addressText(state) {
  if (state.destination === 'abroad') return `${state.foreignAddress}, ${state.country}`.replace(/\s*\n\s*/g, ', ');
  if (!state.street) return '';
  return `${state.street} ${state.houseNumber}, ${state.postcode} ${state.city}`;
}

// ---------- Router ----------

function normalise(pathname) {
  return pathname.replace(/\/+$/, '') || '/';
}

function isOwn(pathname) {
  const p = normalise(pathname);
  return p === '/move' || p.startsWith('/move/');
}

function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  render({ focus: true });
}

function render({ focus = false } = {}) {
  const path = normalise(location.pathname);
  if (path !== location.pathname) history.replaceState(null, '', path + location.search + location.hash);
  const route = ROUTES[path];
  const view = route ? route.render() : clone('move-view-not-found');
  app.replaceChildren(view);
  app.dataset.view = path;
  document.title = `${route ? route.title : 'Page not found'} · Move house · Northwind`;
  if (focus) focusHeading(app.querySelector('[data-view-title]'));
}

function clone(id) {
  return $(id).content.firstElementChild.cloneNode(true);
}

// Follow links to our own routes without a page load; everything else navigates normally.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest?.('a[href]');
  if (!link || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !isOwn(url.pathname)) return;
  event.preventDefault();
  const path = normalise(url.pathname) + url.search;
  if (path === location.pathname + location.search) render({ focus: true });
  else navigate(path);
});

window.addEventListener('popstate', () => render({ focus: true }));

// ---------- Views ----------

function renderAddress() {
  const view = clone('move-view-address');
  const form = view.querySelector('#move-address-form');
  const state = load();
  const f = (id) => view.querySelector(`#${id}`);
  const nl = f('move-nl-fields');
  const abroad = f('move-abroad-fields');

  const destination = state.destination ?? 'nl';
  form.querySelector(`input[name="destination"][value="${destination}"]`).checked = true;
  f('move-postcode').value = state.postcode ?? '';
  f('move-house-number').value = state.houseNumber ?? '';
  f('move-street').value = state.street ?? '';
  f('move-city').value = state.city ?? '';
  f('move-country').value = state.country ?? '';
  f('move-foreign-address').value = state.foreignAddress ?? '';

  const toggle = () => {
    const isAbroad = form.querySelector('input[name="destination"]:checked')?.value === 'abroad';
    nl.hidden = isAbroad;
    abroad.hidden = !isAbroad;
  };
  toggle();
  form.addEventListener('change', (event) => {
    if (event.target.name === 'destination') toggle();
  });

  // Tidy the postcode: "1012ab" → "1012 AB".
  f('move-postcode').addEventListener('blur', (event) => {
    const m = /^\s*(\d{4})\s*([a-zA-Z]{2})\s*$/.exec(event.target.value);
    if (m) event.target.value = `${m[1]} ${m[2].toUpperCase()}`;
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const isAbroad = !abroad.hidden;
    const rules = isAbroad
      ? [
          [f('move-country').value !== '', f('move-country'), f('move-country-error')],
          [f('move-foreign-address').value.trim() !== '', f('move-foreign-address'), f('move-foreign-address-error')],
        ]
      : [
          [/^\s*\d{4}\s*[a-zA-Z]{2}\s*$/.test(f('move-postcode').value), f('move-postcode'), f('move-postcode-error')],
          [/^\s*\d+/.test(f('move-house-number').value), f('move-house-number'), f('move-house-number-error')],
          [f('move-street').value.trim() !== '', f('move-street'), f('move-street-error')],
          [f('move-city').value.trim() !== '', f('move-city'), f('move-city-error')],
        ];
    const invalid = check(rules);
    if (invalid) {
      invalid.focus();
      return;
    }
    save({
      destination: isAbroad ? 'abroad' : 'nl',
      postcode: f('move-postcode').value.trim(),
      houseNumber: f('move-house-number').value.trim(),
      street: f('move-street').value.trim(),
      city: f('move-city').value.trim(),
      country: f('move-country').value,
      foreignAddress: f('move-foreign-address').value.trim(),
    });
    navigate('/move/date');
  });
  return view;
}

function renderDate() {
  const view = clone('move-view-date');
  const form = view.querySelector('#move-date-form');
  const state = load();
  const f = (id) => view.querySelector(`#${id}`);

  const address = view.querySelector('[data-field="address"]');
  address.textContent = addressText(state) || 'Not entered yet: start with your new address.';

  const date = f('move-date');
  date.min = isoDate(-30);
  date.max = isoDate(92);
  date.value = state.date ?? '';
  f('reading-normal').value = state.readings?.normal ?? '';
  f('reading-low').value = state.readings?.low ?? '';
  f('reading-gas').value = state.readings?.gas ?? '';
  f('move-insurance').checked = state.moveInsurance ?? true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const readings = ['reading-normal', 'reading-low', 'reading-gas'].map((id) => f(id));
    const readingsOk = readings.every((input) => input.value === '' || (input.validity.valid && Number(input.value) >= 0));
    const invalid = check([
      [!!date.value && date.value >= date.min && date.value <= date.max, date, f('move-date-error')],
      [readingsOk, readings.find((input) => !input.validity.valid) ?? readings[0], f('move-readings-error')],
    ]);
    if (invalid) {
      invalid.focus();
      return;
    }
    const current = load();
    save({
      date: date.value,
      readings: { normal: readings[0].value, low: readings[1].value, gas: readings[2].value },
      moveInsurance: f('move-insurance').checked,
      reference: current.reference ?? makeReference('MV'),
    });
    navigate('/move/done');
    const done = load();
    situ('confirm', {
      title: 'Your move is registered',
      reference: done.reference,
      next: [`Your contract and insurance move to ${addressText(done)} on ${formatDate(done.date)}.`, 'Your final bill for this address follows within 6 weeks of the move.'],
      followUp: 'We emailed you a confirmation.',
    });
  });
  return view;
}

function renderDone() {
  const state = load();
  if (!addressText(state) || !state.date) return clone('move-view-empty');

  const view = clone('move-view-done');
  const field = (name) => view.querySelector(`[data-field="${name}"]`);
  const abroad = state.destination === 'abroad';
  const r = state.readings ?? {};
  const entered = [r.normal && `normal ${r.normal} kWh`, r.low && `low ${r.low} kWh`, r.gas && `gas ${r.gas} m³`].filter(Boolean);

  field('reference').textContent = state.reference ?? makeReference('MV');
  field('address').textContent = addressText(state);
  field('date').textContent = formatDate(state.date);
  field('contract').textContent = abroad
    ? 'Ends on your moving date, without a cancellation fee'
    : 'Northwind Vast 3 jaar, taken along at the same rates';
  field('insurance').textContent = abroad
    ? 'Ends on your moving date; we only insure homes in the Netherlands'
    : state.moveInsurance
      ? `Moves to your new address on ${formatDate(state.date)}`
      : 'Stays at Kerkstraat 12 until you tell us otherwise';
  field('readings').textContent = entered.length ? `Entered by you: ${entered.join(', ')}` : 'Read automatically by your smart meter';
  return view;
}

render();
