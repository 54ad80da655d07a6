// "Pay a bill": card form with client-side checks and a simulated payment provider.
// Demo cards: 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined;
// 4000 0000 0000 9995 is declined for insufficient funds.

import { check, focusHeading, hasSitu, makeReference, situ, wait } from './forms.js';

const $ = (id) => document.getElementById(id);
const form = $('card-form');
const name = $('card-name');
const number = $('card-number');
const expiry = $('expiry');
const cvc = $('cvc');
const pay = $('pay');
const status = $('pay-status');
const payError = $('pay-error');

const digits = (s) => s.replace(/\D/g, '');

function luhn(value) {
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let d = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const isAmex = (value) => /^3[47]/.test(value);

function validExpiry(value) {
  const m = /^(\d{2})\s*\/\s*(\d{2})$/.exec(value.trim());
  if (!m) return false;
  const month = Number(m[1]);
  const year = 2000 + Number(m[2]);
  if (month < 1 || month > 12) return false;
  const now = new Date();
  return year > now.getFullYear() || (year === now.getFullYear() && month >= now.getMonth() + 1);
}

// Group the card number in fours (Amex: 4-6-5) while typing, when the caret is at the end.
number.addEventListener('input', () => {
  const atEnd = number.selectionStart === number.value.length;
  if (!atEnd) return;
  const d = digits(number.value).slice(0, 19);
  number.value = isAmex(d) ? [d.slice(0, 4), d.slice(4, 10), d.slice(10, 15)].filter(Boolean).join(' ') : d.replace(/(\d{4})(?=\d)/g, '$1 ');
});

// Add the slash in MM/YY after two digits.
expiry.addEventListener('input', (event) => {
  if (event.inputType?.startsWith('delete')) return;
  const d = digits(expiry.value).slice(0, 4);
  expiry.value = d.length >= 2 ? `${d.slice(0, 2)}/${d.slice(2)}` : d;
});

cvc.addEventListener('input', () => {
  cvc.value = digits(cvc.value).slice(0, 4);
});

/** Each field's rule: is its current value acceptable? */
const rules = {
  'card-name': () => name.value.trim().length >= 2,
  'card-number': () => {
    const n = digits(number.value);
    return n.length >= 12 && n.length <= 19 && luhn(n);
  },
  expiry: () => validExpiry(expiry.value),
  cvc: () => (isAmex(digits(number.value)) ? digits(cvc.value).length === 4 : digits(cvc.value).length === 3),
};

function validate(ids = Object.keys(rules)) {
  return check(ids.map((id) => [rules[id](), $(id), $(`${id}-error`)]));
}

function setBusy(busy, text = '') {
  pay.disabled = busy;
  status.replaceChildren();
  if (text) {
    const spinner = document.createElement('span');
    spinner.className = 'spinner';
    spinner.setAttribute('aria-hidden', 'true');
    status.append(spinner, document.createTextNode(text));
  }
}

function decline(title, text) {
  $('pay-error-title').textContent = title;
  $('pay-error-text').textContent = text;
  // Offer the help article in place, when the help widget is on the page.
  $('pay-error-help').hidden = !hasSitu();
  payError.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  payError.hidden = true;
  const invalid = validate();
  if (invalid) {
    invalid.focus();
    return;
  }

  const n = digits(number.value);
  setBusy(true, 'Contacting your bank…');
  await wait(700);
  setBusy(true, 'Confirm the payment in your banking app (3-D Secure)…');
  await wait(1100);
  setBusy(false);

  if (n === '4000000000000002') {
    decline('Your card was declined', 'Your bank did not approve this payment, and nothing has been charged. Try another card, or contact your bank to find out why.');
    return;
  }
  if (n === '4000000000009995') {
    decline('Not enough funds on this card', 'Your bank declined the payment because the balance or credit limit is too low. Nothing has been charged.');
    return;
  }

  form.hidden = true;
  const badge = $('bill-status');
  badge.textContent = 'Paid';
  badge.className = 'badge badge-ok';
  $('payment-reference').textContent = makeReference('PAY');
  $('payment-done').hidden = false;
  focusHeading($('payment-done-title'));
});

$('pay-error-help').addEventListener('click', (event) => {
  situ('article', event.currentTarget.dataset.situArticle);
});

// Clear an error as soon as the field is corrected, while typing (not on blur, which would
// shift the layout under the pointer on its way to the Pay button).
form.addEventListener('input', (event) => {
  const id = event.target.id;
  if (rules[id] && !$(`${id}-error`).hidden) validate([id]);
});
