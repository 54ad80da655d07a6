// "My account": cancelling a policy asks first (Situ's ask), and does only what the visitor chose.

import { makeReference } from './forms.js';
import { ask, situ } from './situ.js';

const button = document.getElementById('cancel-policy');
const status = document.getElementById('cancel-policy-status');

button.addEventListener('click', async () => {
  const yes = await ask({
    title: 'Cancel your home contents policy?',
    body: 'Your belongings are no longer insured from midnight tonight. You cannot undo this.',
    confirmLabel: 'Cancel the policy',
    cancelLabel: 'Keep my policy',
    article: 'cancel-policy',
  });
  if (!yes) {
    status.textContent = 'Your home contents policy stays active.';
    return;
  }
  const badge = document.getElementById('contents-status');
  badge.textContent = 'Cancelled';
  badge.className = 'badge';
  button.disabled = true;
  status.textContent = '';
  situ('confirm', {
    title: 'Your home contents policy is cancelled',
    reference: makeReference('CX'),
    next: ['Your cover ends at midnight tonight.', 'Premium you paid for after that is refunded within 14 days.'],
    followUp: 'We emailed you a confirmation.',
  });
});
