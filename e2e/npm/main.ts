// An npm consumer's page: Situ created with `createSitu` from `@situ/widget`, bundled by Vite in
// the e2e global setup (e2e/npm/vite.config.ts), served as /e2e/npm-build/main.js.
import { createSitu } from '@situ/widget';

const situ = createSitu('/e2e/csp-moments.json');
(window as unknown as { npmSitu: typeof situ }).npmSitu = situ;

document.getElementById('npm-ask')?.addEventListener('click', async () => {
  const yes = await situ.ask({ title: 'Delete this draft?', body: 'You cannot undo this.', confirmLabel: 'Delete', cancelLabel: 'Keep it' });
  document.getElementById('npm-answer')!.textContent = yes ? 'deleted' : 'kept';
});
