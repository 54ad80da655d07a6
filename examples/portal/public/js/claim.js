// "Report damage": three steps in one form. Only the current step is rendered; the others
// carry `hidden`, so `#claim-step-N` matches a visible element only on step N.

import { check, choiceLabel, focusHeading, formatDate, isoDate, makeReference, wait } from './forms.js';
import { situ } from './situ.js';

const form = document.getElementById('claim-form');
const steps = [1, 2, 3].map((n) => document.getElementById(`claim-step-${n}`));
const progress = [1, 2, 3].map((n) => document.getElementById(`claim-progress-${n}`));
const $ = (id) => document.getElementById(id);

const MAX_PHOTOS = 10;
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

let current = 1;

$('claim-date').max = isoDate();

function show(n, { focus = true } = {}) {
  current = n;
  steps.forEach((section, i) => {
    section.hidden = i + 1 !== n;
  });
  progress.forEach((li, i) => {
    li.classList.toggle('done', i + 1 < n);
    if (i + 1 === n) li.setAttribute('aria-current', 'step');
    else li.removeAttribute('aria-current');
  });
  if (n === 3) fillReview();
  if (focus) focusHeading($(`claim-step-${n}-title`));
}

function checked(name) {
  return form.querySelector(`input[name="${name}"]:checked`);
}

function validate(n) {
  if (n === 1) {
    return check([
      [!!checked('policy'), $('claim-policy-group'), $('claim-policy-error')],
      [!!checked('damage-type'), $('claim-type-group'), $('claim-type-error')],
      [$('claim-description').value.trim().length >= 20, $('claim-description'), $('claim-description-error')],
    ]);
  }
  if (n === 2) {
    const date = $('claim-date').value;
    const files = [...($('claim-photos').files ?? [])];
    return check([
      [!!date && date <= isoDate(), $('claim-date'), $('claim-date-error')],
      [$('claim-street').value.trim() !== '', $('claim-street'), $('claim-street-error')],
      [$('claim-postcode').value.trim() !== '', $('claim-postcode'), $('claim-postcode-error')],
      [$('claim-city').value.trim() !== '', $('claim-city'), $('claim-city-error')],
      [files.length <= MAX_PHOTOS && files.every((f) => f.size <= MAX_PHOTO_BYTES), $('claim-photos'), $('claim-photos-error')],
    ]);
  }
  return check([[$('claim-declaration').checked, $('claim-declaration'), $('claim-declaration-error')]]);
}

function next(n) {
  const invalid = validate(current);
  if (invalid) {
    invalid.focus();
    return;
  }
  show(n);
}

function fillReview() {
  const files = [...($('claim-photos').files ?? [])];
  const repairs = checked('emergency-repair');
  $('review-policy').textContent = choiceLabel(checked('policy'));
  $('review-type').textContent = choiceLabel(checked('damage-type'));
  $('review-description').textContent = $('claim-description').value.trim();
  $('review-date').textContent = [formatDate($('claim-date').value), $('claim-time').value.trim()].filter(Boolean).join(', ');
  $('review-address').textContent = `${$('claim-street').value.trim()}, ${$('claim-postcode').value.trim()} ${$('claim-city').value.trim()}`;
  $('review-photos').textContent = files.length === 0 ? 'None yet (you can add them later)' : `${files.length} photo${files.length === 1 ? '' : 's'}`;
  $('review-repairs').textContent = repairs ? choiceLabel(repairs) : 'Not answered';
}

function listPhotos() {
  const list = $('claim-photo-list');
  list.replaceChildren();
  for (const file of $('claim-photos').files ?? []) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = file.name;
    const size = document.createElement('span');
    size.textContent = file.size >= 1024 * 1024 ? `${(file.size / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(file.size / 1024))} KB`;
    li.append(name, size);
    list.append(li);
  }
}

async function submit() {
  const invalid = validate(3);
  if (invalid) {
    invalid.focus();
    return;
  }
  const button = $('claim-submit');
  button.disabled = true;
  button.textContent = 'Sending…';
  await wait(700);

  form.hidden = true;
  steps.forEach((section) => {
    section.hidden = true;
  });
  progress.forEach((li) => {
    li.classList.add('done');
    li.removeAttribute('aria-current');
  });
  const reference = makeReference('CLM');
  $('claim-reference').textContent = reference;
  $('claim-submitted').hidden = false;
  focusHeading($('claim-submitted-title'));
  // Kept in the visitor's activity (My Stuff), and announced.
  situ('confirm', {
    title: 'Your damage report is in',
    reference,
    next: ['A claims handler looks at it within 2 working days.', 'If we need an expert to visit, we call you to make an appointment.'],
    followUp: 'We emailed you a copy of your report.',
  });
}

form.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-next], button[data-back]');
  if (!button) return;
  if (button.dataset.next) next(Number(button.dataset.next));
  else show(Number(button.dataset.back));
});

// Enter in a field submits the form: on steps 1 and 2 that means "Next".
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (current < 3) next(current + 1);
  else submit();
});

$('claim-photos').addEventListener('change', listPhotos);

// Clear a field's error as soon as it is corrected.
form.addEventListener('change', (event) => {
  const field = event.target;
  const group = field.closest('fieldset[id]');
  if (field.type === 'radio' && group) {
    const message = group.querySelector('.field-error');
    if (message && !message.hidden) check([[true, group, message]]);
  }
  if (field.id === 'claim-declaration' && field.checked) check([[true, field, $('claim-declaration-error')]]);
});

show(1, { focus: false });
