// "Lost card": choose the card and what happened, block it, show what happens next.

import { check, focusHeading, isoDate, makeReference, wait } from './forms.js';

const $ = (id) => document.getElementById(id);
const form = $('lost-card-form');
const button = $('block-card');
const status = $('block-status');

$('last-used').max = isoDate();

const selected = (name) => form.querySelector(`input[name="${name}"]:checked`);
const cardGroup = () => form.querySelector('input[name="card"]').closest('fieldset');
const reasonGroup = () => form.querySelector('input[name="reason"]').closest('fieldset');

function updatePreview() {
  const card = selected('card');
  if (!card) return;
  $('pass-number').textContent = `•••• •••• •••• ${card.value}`;
  $('pass-holder').textContent = card.dataset.holder ?? '';
}

form.addEventListener('change', (event) => {
  const field = event.target;
  if (field.name === 'card') {
    updatePreview();
    check([[true, cardGroup(), $('lost-card-card-error')]]);
  }
  if (field.name === 'reason') {
    $('stolen-advice').hidden = field.value !== 'stolen';
    check([[true, reasonGroup(), $('lost-card-reason-error')]]);
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const invalid = check([
    [!!selected('card'), cardGroup(), $('lost-card-card-error')],
    [!!selected('reason'), reasonGroup(), $('lost-card-reason-error')],
  ]);
  if (invalid) {
    invalid.focus();
    return;
  }

  const card = selected('card');
  button.disabled = true;
  status.replaceChildren();
  const spinner = document.createElement('span');
  spinner.className = 'spinner';
  spinner.setAttribute('aria-hidden', 'true');
  status.append(spinner, document.createTextNode('Blocking your card…'));
  await wait(800);

  const now = new Date();
  $('blocked-card-label').textContent = `Northwind Pas •••• ${card.value} (${card.dataset.holder})`;
  $('blocked-time').textContent = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(now);
  $('block-reference').textContent = makeReference('BLK');
  $('blocked-next-replacement').textContent = $('replacement').checked
    ? 'Your new card arrives by post within three working days. It has a new number; your charging subscription moves to it automatically.'
    : 'You did not order a replacement. You can order one free of charge at any time from My account.';

  $('pass-preview').classList.add('is-blocked');
  $('pass-state').textContent = 'Blocked';
  form.hidden = true;
  $('card-blocked').hidden = false;
  focusHeading($('card-blocked-title'));
});
