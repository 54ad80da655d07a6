// The portal's own chat, standing in for a chat vendor's widget: Situ's `contact:channel` event
// hands it the whole contact (page, step, articles read, searches, reference) when the visitor
// chooses "Chat" in Situ's Contact us, so the agent never has to ask what it is about.

import { situ } from './situ.js';

/** What the agent sees first, in words. */
function summary(payload) {
  const c = payload.context ?? {};
  const lines = [];
  if (c.page) lines.push(`Page: ${c.page.title ?? c.page.url}${c.page.step ? ` (step ${c.page.step})` : ''}`);
  if (payload.category?.label) lines.push(`About: ${payload.category.label}`);
  for (const a of c.articlesViewed ?? []) lines.push(`Read: ${a.title}${a.helpful === false ? ' (did not help)' : a.helpful ? ' (helped)' : ''}`);
  for (const s of c.searches ?? []) lines.push(`Searched: "${s.query}" (${s.results} results)`);
  return lines;
}

function openChat({ payload }) {
  document.getElementById('portal-chat')?.remove();
  const box = document.createElement('section');
  box.id = 'portal-chat';
  box.className = 'portal-chat';
  box.setAttribute('aria-labelledby', 'portal-chat-title');
  const title = document.createElement('h2');
  title.id = 'portal-chat-title';
  title.textContent = 'Chat with Northwind';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'portal-chat-close';
  close.setAttribute('aria-label', 'Close the chat');
  close.textContent = '×';
  close.addEventListener('click', () => box.remove());
  const log = document.createElement('div');
  log.className = 'portal-chat-log';
  log.setAttribute('role', 'log');
  const say = (who, text) => {
    const p = document.createElement('p');
    p.className = `portal-chat-${who}`;
    p.textContent = text;
    log.append(p);
  };
  say('agent', `Hello, this is Noor from Northwind. I can see reference ${payload.reference} and what you were doing:`);
  for (const line of summary(payload)) say('context', line);
  say('agent', 'How can I help?');
  const form = document.createElement('form');
  const label = document.createElement('label');
  label.htmlFor = 'portal-chat-input';
  label.className = 'visually-hidden';
  label.textContent = 'Your message';
  const input = document.createElement('input');
  input.id = 'portal-chat-input';
  input.autocomplete = 'off';
  const send = document.createElement('button');
  send.className = 'btn btn-primary';
  send.textContent = 'Send';
  form.append(label, input, send);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    say('visitor', input.value.trim());
    input.value = '';
  });
  box.append(title, close, log, form);
  document.body.append(box);
  input.focus();
}

situ('on', 'contact:channel', openChat);
