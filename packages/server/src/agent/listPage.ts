import { html } from 'hono/html';
import type { ContactSummary } from '../records/contacts';
import { layout, when, type Markup } from './layout';

const excerpt = (text: string | undefined, max = 160) => (!text ? '' : text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One contact in the list: what an agent scans for. */
function row(base: string, contact: ContactSummary): Markup {
  const p = contact.payload;
  const page = p.context?.page;
  return html`<li><a href="${base}/agent/cases/${encodeURIComponent(contact.caseId)}">
<span class="line"><span class="ref">${contact.reference}</span>
<span class="badge">${contact.status}</span>
${p.urgency ? html`<span class="badge ${p.urgency === 'high' ? 'high' : ''}">${p.urgency} urgency</span>` : ''}
<span class="muted">${when(contact.receivedAt)} · ${p.channel}${p.category ? html` · ${p.category.label ?? p.category.id}` : ''}</span></span>
<span class="line muted">${p.customer?.name ?? p.customer?.id ?? 'Anonymous visitor'}${p.item ? html` · ${p.item.title ?? p.item.id}` : ''}${page ? html` · on ${page.title ?? page.pageId ?? page.url}${page.step ? html` (step ${page.step})` : ''}` : ''}</span>
${p.message ? html`<p class="excerpt">${excerpt(p.message)}</p>` : ''}
</a></li>`;
}

/** The contacts, newest first, with the search box for a reference. */
export function listPage(base: string, contacts: ContactSummary[], search: string): Markup {
  const body = html`<h1>${search ? 'Contacts for this reference' : 'Contacts, newest first'}</h1>
<form class="search" method="get" action="${base}/agent" role="search">
<label for="q">Find by reference <input id="q" name="q" value="${search}" placeholder="K7Q-4PZ" autocomplete="off"></label>
<button type="submit">Find</button>
${search ? html`<a href="${base}/agent">Show all</a>` : ''}
</form>
${contacts.length === 0
    ? html`<p>${search ? html`No contact with the reference <strong class="ref">${search}</strong>.` : 'No contacts yet.'}</p>`
    : html`<ul class="cases">${contacts.map((c) => row(base, c))}</ul>`}`;
  return layout(base, search ? `Reference ${search}` : 'Contacts', body, true);
}
