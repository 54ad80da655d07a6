import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { CASE_STATUSES, getContact, listContacts, setCaseStatus, type CaseStatus } from '../records/contacts';
import { feedbackFor } from '../records/feedback';
import type { Storage } from '../storage/storage';
import { casePage } from './casePage';
import { listPage } from './listPage';
import { loginPage } from './loginPage';
import { endSession, hasSession, isSecret, startSession } from './session';
import { AGENT_CSS } from './style';

/**
 * The agent view under `/agent`: sign in with the secret, the contacts newest first, find one by
 * its reference, each contact in full. Pages are built with `hono/html`, which escapes every value,
 * and sent with a CSP that allows no script and only the stylesheet from here.
 */
export function agentRoutes(storage: Storage, secret: string, base: string): Hono {
  const agent = new Hono();
  const cookiePath = `${base}/agent`;

  agent.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
    async (c, next) => {
      await next();
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    },
  );

  agent.get('/style.css', (c) => c.body(AGENT_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));

  agent.get('/login', (c) => c.html(loginPage(base)));
  agent.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form.secret === 'string' ? form.secret : '';
    if (!isSecret(given, secret)) return c.html(loginPage(base, 'That is not the agent secret.'), 401);
    await startSession(c, secret, cookiePath);
    return c.redirect(`${base}/agent`, 303);
  });
  agent.post('/logout', (c) => {
    endSession(c, cookiePath);
    return c.redirect(`${base}/agent/login`, 303);
  });

  // Everything below needs a session; without one, the sign-in form answers with 401.
  agent.use('*', async (c, next) => {
    if (await hasSession(c, secret)) return next();
    return c.html(loginPage(base), 401);
  });

  agent.get('/', async (c) => {
    const search = (c.req.query('q') ?? '').trim().slice(0, 100);
    return c.html(listPage(base, await listContacts(storage, search ? { search } : {}), search));
  });
  agent.get('/cases/:caseId', async (c) => {
    const contact = await getContact(storage, c.req.param('caseId'));
    if (!contact) return c.html(listPage(base, [], c.req.param('caseId')), 404);
    return c.html(casePage(base, contact, await feedbackFor(storage, contact.caseId, contact.reference)));
  });
  agent.post('/cases/:caseId/status', async (c) => {
    const caseId = c.req.param('caseId');
    const form = await c.req.parseBody();
    const status = String(form.status ?? '');
    if (!(CASE_STATUSES as readonly string[]).includes(status)) return c.text(`Unknown status; one of ${CASE_STATUSES.join(', ')}`, 400);
    if (!(await setCaseStatus(storage, caseId, status as CaseStatus))) return c.text('No such case', 404);
    return c.redirect(`${base}/agent/cases/${encodeURIComponent(caseId)}`, 303);
  });
  return agent;
}
