import { html } from 'hono/html';
import type { FeedbackPayload } from '@situ/core/payload';
import { CASE_STATUSES, type ContactSummary } from '../records/contacts';
import { layout, when, type Markup } from './layout';

type Context = NonNullable<ContactSummary['payload']['context']>;

/** A `<dt>`/`<dd>` pair, left out when there is no value. */
const field = (label: string, value: unknown): Markup | '' =>
  value === undefined || value === null || value === '' ? '' : html`<dt>${label}</dt><dd>${String(value)}</dd>`;

const helpfulText = (helpful: boolean | null) => (helpful === true ? 'helped' : helpful === false ? 'did not help' : 'not rated');

function articles(list: Context['articlesViewed']): Markup {
  if (!list?.length) return html`<p class="muted">No articles read before contacting.</p>`;
  return html`<ol>${list.map(
    (a) => html`<li><strong>${a.title}</strong> <span class="muted">(${a.id})</span> · ${a.seconds} s · <span class="${a.helpful === false ? 'none' : ''}">${helpfulText(a.helpful)}</span></li>`,
  )}</ol>`;
}

function searches(list: Context['searches']): Markup {
  if (!list?.length) return html`<p class="muted">No searches.</p>`;
  return html`<ol>${list.map(
    (s) => html`<li>“${s.query}” · <span class="${s.results === 0 ? 'none' : ''}">${s.results} ${s.results === 1 ? 'result' : 'results'}</span></li>`,
  )}</ol>`;
}

function journey(list: Context['journey']): Markup {
  if (!list?.length) return html`<p class="muted">No journey recorded.</p>`;
  return html`<ol>${list.map(
    (j) => html`<li><span class="muted">${when(j.at)}</span> ${j.pageId ?? ''}${j.step ? html` · step ${j.step}` : ''} <code>${j.url}</code></li>`,
  )}</ol>`;
}

function feedbackList(list: Array<FeedbackPayload & { receivedAt: string }>): Markup | '' {
  if (list.length === 0) return '';
  return html`<section class="card"><h2>Feedback</h2><ol>${list.map(
    (f) => html`<li>outcome ${f.outcome}/5${f.effort ? html` · effort ${f.effort}/5` : ''} <span class="muted">${when(f.receivedAt)}</span>${f.comment ? html`<p class="message">${f.comment}</p>` : ''}</li>`,
  )}</ol></section>`;
}

/** One contact, laid out as an agent wants it when picking up the phone: who, where, what they tried, what they wrote. */
export function casePage(base: string, contact: ContactSummary, feedback: Array<FeedbackPayload & { receivedAt: string }>): Markup {
  const p = contact.payload;
  const ctx: Context = p.context ?? {};
  const page = ctx.page;
  const body = html`<p><a href="${base}/agent">← All contacts</a></p>
<h1>Reference <span class="ref">${contact.reference}</span></h1>
<section class="card">
<dl>
${field('Status', contact.status)}
${field('Received', when(contact.receivedAt))}
${field('Sent', when(p.createdAt))}
${field('Channel', p.channel)}
${field('Urgency', p.urgency)}
${field('Value', p.value)}
${field('Category', p.category ? [...p.category.path, p.category.label].filter(Boolean).join(' › ') || p.category.id : undefined)}
${field('Site', p.site)}
${field('Case id', contact.caseId)}
</dl>
<form class="status" method="post" action="${base}/agent/cases/${encodeURIComponent(contact.caseId)}/status">
<label for="status" class="muted">Set status</label>
<select id="status" name="status">${CASE_STATUSES.map((s) => html`<option value="${s}" ${s === contact.status ? 'selected' : ''}>${s}</option>`)}</select>
<button type="submit">Save</button>
</form>
</section>
<section class="card"><h2>Message</h2>${p.message ? html`<p class="message">${p.message}</p>` : html`<p class="muted">No message (${p.channel}).</p>`}
${p.callback ? html`<dl>${field('Call back on', p.callback.phone)}${field('When', p.callback.when)}</dl>` : ''}</section>
<section class="card"><h2>Customer and item</h2><dl>
${field('Name', p.customer?.name)}${field('Email', p.customer?.email)}${field('Customer id', p.customer?.id)}
${field('Item', p.item ? (p.item.title ?? p.item.id) : 'none')}${field('Item type', p.item?.type)}${field('Item id', p.item?.id)}
</dl></section>
<section class="card"><h2>Where they were</h2>${page
    ? html`<dl>${field('Page', page.title)}${field('Page id', page.pageId)}${field('Step', page.step)}<dt>URL</dt><dd><code>${page.url}</code></dd></dl>`
    : html`<p class="muted">The visitor did not send the page.</p>`}</section>
<section class="card"><h2>Articles read</h2>${articles(ctx.articlesViewed)}</section>
<section class="card"><h2>Searches</h2>${searches(ctx.searches)}</section>
<section class="card"><h2>Journey</h2>${journey(ctx.journey)}</section>
${ctx.env || Object.keys(ctx.host ?? {}).length > 0
    ? html`<section class="card"><h2>Device and host</h2><dl>
${field('Language', ctx.env?.language)}${field('Viewport', ctx.env?.viewport)}${field('Time zone', ctx.env?.timezone)}${field('Browser', ctx.env?.userAgent)}
${Object.entries(ctx.host ?? {}).map(([k, v]) => field(k, typeof v === 'string' ? v : JSON.stringify(v)))}
</dl></section>`
    : ''}
${feedbackList(feedback)}`;
  return layout(base, `Reference ${contact.reference}`, body, true);
}
