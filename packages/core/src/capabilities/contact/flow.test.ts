/// <reference types="node" />
// (Tests only: a real HTTP receiver on 127.0.0.1. Core itself knows no Node.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityRecord } from '../../activity/activity';
import { createEngine } from '../../engine';
import { createMemoryPlatform } from '../../platform/memoryPlatform';
import { checkPayload, contactPayload, type ContactPayload } from './payload';

/** A receiver on 127.0.0.1: 201 with a case, or what the test asks for. */
let server: Server;
let base: string;
let received: { key: string | undefined; body: ContactPayload }[];
let answer: { status: number; body: unknown } | null;
beforeEach(async () => {
  received = [];
  answer = null;
  server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    received.push({ key: req.headers['idempotency-key'] as string | undefined, body: JSON.parse(text) });
    const a = answer ?? { status: 201, body: { caseId: 'case-1', status: 'received', reference: JSON.parse(text).reference } };
    res.writeHead(a.status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(a.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => new Promise((resolve) => server.close(resolve)));

const config = () => ({
  version: 1,
  site: 'nw',
  endpoint: `${base}/api/situ`,
  articles: [
    { id: 'lost-card', title: 'I lost my card', body: 'Block it.' },
    { id: 'fees', title: 'Card fees', body: 'None.' },
  ],
  pages: [
    { id: 'cards', match: '/cards', moment: 'emotional', contact: { category: 'lost' }, steps: [{ id: 'block', when: '#block' }] },
    { id: 'move', match: '/move' },
  ],
  categories: [
    {
      id: 'cards',
      label: 'Cards',
      urgency: 'high',
      articles: ['lost-card', 'fees'],
      children: [
        { id: 'lost', label: 'Lost or stolen' },
        { id: 'limit', label: 'Limits', urgency: 'low' },
      ],
    },
    { id: 'address', label: 'Moving house', urgency: 'low', matrix: 'simplify' },
  ],
  channels: [
    { id: 'form', kind: 'form', replyWithin: 8 },
    { id: 'mail', kind: 'email', address: 'help@northwind.test' },
    { id: 'phone', kind: 'phone', number: '+31 20 123 4567' },
    { id: 'chat', kind: 'chat' },
  ],
});

async function setup(href = 'https://portal.test/cards?token=secret') {
  const platform = createMemoryPlatform(href);
  const engine = createEngine(platform);
  await engine.commands.init(config());
  const flow = await engine.api.contact.flow.load();
  return { platform, engine, flow };
}
const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise<void>((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

describe('the contact flow', () => {
  it('starts at the page’s category, routes a person first for an emotional moment, and sends the form with the whole context', async () => {
    const { platform, engine, flow } = await setup();
    platform.setPresent(['#block']);
    const events: string[] = [];
    for (const name of ['contact:start', 'contact:sent', 'contact:channel'] as const) engine.commands.on(name, () => events.push(name));
    engine.commands.identify({ id: 'c-17', name: 'Ada', email: 'ada@example.test' });
    engine.commands.context({ plan: 'gold' });
    engine.api.reading.rate('lost-card', false);
    platform.sessionData.set('situ:nw:searches', JSON.stringify([{ query: 'stolen card', results: 1 }]));

    engine.api.contact.start({ item: { id: 'card-88', type: 'card', title: 'Debit card' } });
    await until(() => events.includes('contact:start'), 'the flow to start');
    expect(engine.state.view.value.name).toBe('contact');
    // Lost or stolen (under Cards) from the page's config: its parent's articles come first.
    expect(flow.path.value.map((c) => c.id)).toEqual(['cards', 'lost']);
    expect(flow.step.value).toBe('articles');
    expect(flow.suggested.value.map((a) => a.id)).toEqual(['lost-card', 'fees']);
    flow.skipArticles();
    expect(flow.step.value).toBe('channel');
    expect(flow.channels.value.map((r) => r.channel.kind).slice(0, 2)).toEqual(['phone', 'chat']);
    expect(flow.channels.value).toHaveLength(4);

    flow.chooseChannel('form');
    flow.set('message', 'Card 4111 1111 1111 1111 is gone');
    expect(flow.parts.value.map((p) => p.part)).toEqual(['page', 'journey', 'articles', 'searches', 'item', 'host', 'env']);
    flow.toggle('host');
    await flow.send();
    expect(flow.step.value).toBe('done');
    await until(() => flow.result.value?.state === 'sent', 'delivery');

    expect(received).toHaveLength(1);
    const { key, body } = received[0]!;
    expect(key).toBe(body.id);
    expect(checkPayload(contactPayload, body)).toMatchObject({ ok: true });
    expect(body).toMatchObject({
      site: 'nw',
      channel: 'form',
      urgency: 'high',
      customer: { id: 'c-17', name: 'Ada', email: 'ada@example.test' },
      item: { id: 'card-88', type: 'card', title: 'Debit card' },
      category: { id: 'lost', path: ['cards', 'lost'], label: 'Lost or stolen' },
      message: 'Card •••• •••• •••• 1111 is gone',
      context: {
        page: { url: 'https://portal.test/cards', pageId: 'cards', step: 'block' },
        articlesViewed: [{ id: 'lost-card', title: 'I lost my card', seconds: 0, helpful: false }],
        searches: [{ query: 'stolen card', results: 1 }],
        env: { language: 'en-GB', viewport: '1280x800', timezone: 'Europe/Amsterdam' },
      },
    });
    expect(body.context).not.toHaveProperty('host');
    expect(JSON.stringify(body)).not.toContain('secret');
    expect(JSON.stringify(body)).not.toContain('4111 1111 1111 1111');
    expect(events).toEqual(['contact:start', 'contact:sent']);
    expect(flow.result.value).toMatchObject({ reference: body.reference, caseId: 'case-1', replyBy: platform.now() + 8 * 3_600_000 });
    const [kept] = await activityRecord(platform.store, 'nw').list();
    expect(kept).toMatchObject({ id: body.id, kind: 'case', caseId: 'case-1', status: 'received', reference: body.reference, category: 'lost', item: 'card-88', channel: 'form' });
    // Sent: the draft has done its work.
    expect(platform.sessionData.get('situ:nw:contact-draft')).toBeUndefined();
  });

  it('keeps what the visitor types for the session, and asks for what is missing before sending', async () => {
    const { platform, flow } = await setup('https://portal.test/move');
    flow.start({ category: 'address', channel: 'form' });
    expect(flow.step.value).toBe('send');
    await flow.send();
    expect(flow.problem.value).toBe('message');
    flow.set('message', 'We move on the 1st');
    await flow.send();
    expect(flow.problem.value).toBe('email');
    expect(received).toHaveLength(0);
    expect(JSON.parse(platform.sessionData.get('situ:nw:contact-draft')!)).toMatchObject({ message: 'We move on the 1st' });

    // A reload: the text is still there.
    const engine2 = createEngine(platform);
    await engine2.commands.init(config());
    const again = await engine2.api.contact.flow.load();
    expect(again.fields.value.message).toBe('We move on the 1st');
  });

  it('a phone call carries the context under the reference to read out; an email holds it in its body', async () => {
    const { flow } = await setup();
    flow.start({ category: 'lost', channel: 'phone' });
    expect(flow.channel.value?.kind).toBe('phone');
    const reference = flow.reference.value;
    expect(reference).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    await flow.send();
    await until(() => flow.result.value?.state === 'sent', 'the phone contact');
    expect(received[0]!.body).toMatchObject({ channel: 'phone', reference });
    expect(received[0]!.body).not.toHaveProperty('message');

    flow.start({ category: 'lost', channel: 'mail' });
    const mailto = flow.mailto();
    expect(mailto.startsWith('mailto:help@northwind.test?subject=')).toBe(true);
    const bodyText = decodeURIComponent(mailto.split('&body=')[1]!);
    expect(bodyText).toContain(`Reference: ${flow.reference.value}`);
    expect(bodyText).toContain('Page: Test page (https://portal.test/cards)');
  });

  it('a chat hands the host the whole payload through contact:channel', async () => {
    const { engine, flow } = await setup();
    const handed: unknown[] = [];
    engine.commands.on('contact:channel', (e) => handed.push(e));
    flow.start({ category: 'lost', channel: 'chat' });
    await flow.send();
    expect(handed).toEqual([{ channel: { id: 'chat', kind: 'chat' }, payload: expect.objectContaining({ channel: 'chat', reference: flow.reference.value }) }]);
  });

  it('a refusal is told, with the text kept to copy, and another channel is a new contact', async () => {
    const { engine, flow } = await setup('https://portal.test/move');
    const failed: unknown[] = [];
    engine.commands.on('contact:failed', (e) => failed.push(e));
    answer = { status: 400, body: { error: 'invalid contact' } };
    flow.start({ category: 'address', channel: 'form' });
    flow.set('email', 'ada@example.test');
    flow.set('message', 'We move');
    await flow.send();
    await until(() => flow.result.value?.state === 'failed', 'the refusal');
    expect(flow.result.value).toMatchObject({ state: 'failed', status: 400, problem: 'invalid contact', text: 'We move' });
    expect(failed).toHaveLength(1);
    const firstId = received[0]!.body.id;
    answer = null;
    flow.chooseChannel('mail');
    expect(flow.result.value).toBeNull();
    expect(flow.fields.value.message).toBe('We move');
    await flow.send();
    await until(() => received.length === 2, 'the new contact');
    expect(received[1]!.body.id).not.toBe(firstId);
  });

  it('after a send, the next contact starts with an empty message; the name and address stay', async () => {
    const { flow } = await setup('https://portal.test/move');
    flow.start({ category: 'address', channel: 'form' });
    flow.set('name', 'Ada');
    flow.set('email', 'ada@example.test');
    flow.set('message', 'We move on the 1st');
    await flow.send();
    await until(() => flow.result.value?.state === 'sent', 'delivery');
    expect(flow.result.value?.text).toBe('We move on the 1st');
    flow.start({ category: 'address', channel: 'form' });
    expect(flow.fields.value).toMatchObject({ name: 'Ada', email: 'ada@example.test', message: '' });
  });

  it('fills the form with the signed-in visitor, skipping values that are not text', async () => {
    const { engine, flow } = await setup('https://portal.test/move');
    engine.commands.identify({ id: 'c-17', name: 'Ada', email: 'ada@example.test' });
    flow.start({ category: 'address', channel: 'form' });
    expect(flow.fields.value).toMatchObject({ name: 'Ada', email: 'ada@example.test' });
    engine.commands.identify({ id: 'c-18', name: 42 } as never);
    flow.set('name', '');
    flow.start({ category: 'address', channel: 'form' });
    expect(flow.fields.value.name).toBe('');
    expect(flow.preview().customer).toEqual({ id: 'c-18', email: 'ada@example.test' });
  });

  it("the hub's Back goes back a step of the flow first, then out of it", async () => {
    const { engine, flow } = await setup('https://portal.test/move');
    engine.api.hub.open('home');
    engine.api.contact.start({ category: 'limit' });
    await until(() => flow.step.value === 'articles', 'the category\'s articles');
    flow.skipArticles();
    flow.chooseChannel('form');
    expect(flow.step.value).toBe('send');
    engine.api.hub.back();
    expect(flow.step.value).toBe('channel');
    engine.api.hub.back();
    expect(flow.step.value).toBe('articles');
    engine.api.hub.back();
    expect(flow.step.value).toBe('category');
    expect(flow.choices.value.map((c) => c.id), 'back out of the sub-category: its siblings').toEqual(['lost', 'limit']);
    expect(engine.state.view.value.name).toBe('contact');
    engine.api.hub.back();
    expect(engine.state.view.value.name).toBe('home');
  });

  it('reports a bad contact() call naming the field', async () => {
    const { platform, engine } = await setup();
    engine.commands.contact({ category: 42 } as never);
    await until(() => platform.logs.length > 0, 'the error');
    expect(platform.logs.at(-1)?.message).toBe('[situ] contact: category: expected a category id, got number 42');
  });

  it('without an endpoint, offers only the channels that need no receiver', async () => {
    const platform = createMemoryPlatform('https://portal.test/move');
    const engine = createEngine(platform);
    await engine.commands.init({ ...config(), endpoint: undefined });
    const flow = await engine.api.contact.flow.load();
    flow.start({ category: 'address' });
    expect(flow.channels.value.map((r) => r.channel.kind).sort()).toEqual(['chat', 'email', 'phone']);
  });
});
