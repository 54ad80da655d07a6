import { describe, expect, it } from 'vitest';
import type { Category, Channel } from './contact';
import { defaultRules, resolveCategory, route, type Opening, type RouteRequest, type RouteRule } from './route';

const AMS = 'Europe/Amsterdam';
const NY = 'America/New_York';

// The spec's channels: the phone in Amsterdam's hours and for urgent requests, the chat in the
// visitor's hours, the rest without hours.
const phone: Channel = { id: 'phone', kind: 'phone', number: '+31 20 123 4567', hours: { 'mon-fri': '08:30-17:30', timezone: AMS }, for: { urgency: ['high'] } };
const chat: Channel = { id: 'chat', kind: 'chat', hours: { 'mon-sat': '08:00-22:00' } };
const callback: Channel = { id: 'callback', kind: 'callback' };
const form: Channel = { id: 'form', kind: 'form' };
const email: Channel = { id: 'email', kind: 'email', address: 'help@example.com', for: { categories: ['letters'] } };
const spec = [phone, chat, callback, form, email];

const phoneNY: Channel = { id: 'phone-ny', kind: 'phone', hours: { 'mon-fri': '09:00-17:00', timezone: NY } };
const phoneLunch: Channel = { id: 'phone-lunch', kind: 'phone', hours: { 'mon-fri': '08:30-12:00,13:00-17:30', timezone: AMS } };

const categories: Category[] = [
  { id: 'payments', label: 'Payments', urgency: 'high', value: 'high', matrix: 'encourage', children: [{ id: 'refund', label: 'A refund' }] },
  { id: 'letters', label: 'Letters', matrix: 'eliminate', children: [{ id: 'unclear', label: 'An unclear letter' }] },
  { id: 'policy', label: 'Policy information', matrix: 'self-service' },
  { id: 'move', label: 'Reporting a move', matrix: 'simplify' },
];
const category = (id: string) => resolveCategory(categories, id) ?? undefined;

// Fixed instants (June 2026 is summer time in Amsterdam: UTC+2; New York: UTC-4).
const MON_10_AMS = Date.UTC(2026, 5, 8, 8);
const MON_1230_AMS = Date.UTC(2026, 5, 8, 10, 30);
const MON_1330_AMS = Date.UTC(2026, 5, 8, 11, 30);
const MON_16_AMS = Date.UTC(2026, 5, 8, 14);
const MON_0730_NY = Date.UTC(2026, 5, 8, 11, 30);
const SAT_12_AMS = Date.UTC(2026, 5, 6, 10);
const SUN_23_AMS = Date.UTC(2026, 5, 7, 21);
const SUN_12_AMS_CLOCKS_BACK = Date.UTC(2026, 9, 25, 11); // 2026-10-25, now UTC+1
const SUN_12_AMS_CLOCKS_FORWARD = Date.UTC(2027, 2, 28, 10); // 2027-03-28, now UTC+2

interface Row {
  name: string;
  request: RouteRequest;
  now: number;
  timeZone?: string;
  channels?: Channel[];
  /** Channel ids, best first. */
  order: string[];
  /** Reason codes per channel id, in order. */
  reasons?: Record<string, string[]>;
  /** The next opening per closed channel id. */
  opens?: Record<string, Omit<Opening, 'timeZone'> & { timeZone?: string }>;
}

const rows: Row[] = [
  {
    name: 'urgent on a weekday: open phone (for urgent) and chat, then callback, then writing',
    request: { urgency: 'high' },
    now: MON_10_AMS,
    order: ['phone', 'chat', 'callback', 'form', 'email'],
    reasons: { phone: ['open', 'urgent', 'for-request'], chat: ['open', 'urgent'], callback: ['any-time', 'urgent'], form: ['any-time'] },
  },
  {
    name: 'urgent on Saturday in Amsterdam: the closed phone sinks below the open form, opens Monday 08:30',
    request: { urgency: 'high' },
    now: SAT_12_AMS,
    order: ['chat', 'callback', 'form', 'email', 'phone'],
    reasons: { phone: ['closed', 'for-request'], chat: ['open', 'urgent'] },
    opens: { phone: { at: Date.UTC(2026, 5, 8, 6, 30), weekday: 1, time: '08:30', sameDay: false, tomorrow: false, timeZone: AMS } },
  },
  {
    name: 'urgent on Sunday night: everything immediate is closed, both open tomorrow',
    request: { urgency: 'high' },
    now: SUN_23_AMS,
    order: ['callback', 'form', 'email', 'phone', 'chat'],
    opens: {
      phone: { at: Date.UTC(2026, 5, 8, 6, 30), weekday: 1, time: '08:30', sameDay: false, tomorrow: true },
      chat: { at: Date.UTC(2026, 5, 8, 6), weekday: 1, time: '08:00', sameDay: false, tomorrow: true },
    },
  },
  {
    name: 'low urgency: form and email first; the phone, for urgent requests, last',
    request: { urgency: 'low' },
    now: MON_10_AMS,
    order: ['form', 'email', 'chat', 'callback', 'phone'],
    reasons: { form: ['any-time', 'routine'], email: ['any-time', 'routine'], phone: ['open'] },
  },
  {
    name: 'medium urgency: routine too',
    request: { urgency: 'medium' },
    now: MON_10_AMS,
    order: ['form', 'email', 'chat', 'callback', 'phone'],
  },
  {
    name: 'a routine moment on Saturday: writing first, the closed phone last',
    request: { moment: 'routine' },
    now: SAT_12_AMS,
    order: ['form', 'email', 'chat', 'callback', 'phone'],
    reasons: { phone: ['closed'], chat: ['open'] },
  },
  {
    name: 'an emotional moment: people first',
    request: { moment: 'emotional' },
    now: MON_10_AMS,
    order: ['phone', 'chat', 'callback', 'form', 'email'],
    reasons: { phone: ['open', 'emotional'], callback: ['any-time', 'emotional'], form: ['any-time'] },
  },
  {
    name: 'an emotional moment outweighs low urgency; the phone (for urgent) drops below the callback',
    request: { moment: 'emotional', urgency: 'low' },
    now: MON_10_AMS,
    order: ['chat', 'callback', 'phone', 'form', 'email'],
  },
  {
    name: 'an anxious moment is not sent to a form first, nor given a person first',
    request: { moment: 'anxious', urgency: 'medium' },
    now: MON_10_AMS,
    order: ['chat', 'callback', 'form', 'email', 'phone'],
    reasons: { form: ['any-time'], chat: ['open'] },
  },
  {
    name: 'high value: people first',
    request: { value: 'high' },
    now: MON_10_AMS,
    order: ['phone', 'chat', 'callback', 'form', 'email'],
    reasons: { phone: ['open', 'high-value'], chat: ['open', 'high-value'] },
  },
  {
    name: 'high value with low urgency: people first, still',
    request: { value: 'high', urgency: 'low' },
    now: MON_10_AMS,
    order: ['chat', 'callback', 'phone', 'form', 'email'],
  },
  {
    name: 'a child category inherits urgent, high value and encourage from its parent',
    request: { category: category('refund') },
    now: MON_10_AMS,
    order: ['phone', 'chat', 'callback', 'form', 'email'],
    reasons: { phone: ['open', 'urgent', 'high-value', 'personal', 'for-request'], callback: ['any-time', 'urgent', 'high-value', 'personal'] },
  },
  {
    name: 'the request’s low urgency overrides the category’s high; value and encourage still put people first',
    request: { category: category('refund'), urgency: 'low' },
    now: MON_10_AMS,
    order: ['chat', 'phone', 'callback', 'form', 'email'],
    reasons: { phone: ['open', 'high-value', 'personal'] },
  },
  {
    name: 'matrix encourage on Saturday: the closed phone gets no "personal"',
    request: { category: { id: 'advice', path: ['advice'], matrix: 'encourage' } },
    now: SAT_12_AMS,
    order: ['chat', 'callback', 'form', 'email', 'phone'],
    reasons: { phone: ['closed'], chat: ['open', 'personal'], callback: ['any-time', 'personal'] },
  },
  {
    name: 'matrix eliminate is served like routine; the email for "letters" matches the child category',
    request: { category: category('unclear') },
    now: MON_10_AMS,
    order: ['email', 'form', 'phone', 'chat', 'callback'],
    reasons: { email: ['any-time', 'routine', 'for-request'], form: ['any-time', 'routine'], phone: ['open'] },
  },
  {
    name: 'matrix self-service: digital channels first, chat among them',
    request: { category: category('policy') },
    now: MON_10_AMS,
    order: ['chat', 'form', 'email', 'phone', 'callback'],
    reasons: { chat: ['open', 'self-service'], form: ['any-time', 'self-service'], phone: ['open'] },
  },
  {
    name: 'matrix self-service on Sunday night: the closed chat is not digital help now',
    request: { category: category('policy') },
    now: SUN_23_AMS,
    order: ['form', 'email', 'callback', 'phone', 'chat'],
    reasons: { chat: ['closed'] },
  },
  {
    name: 'matrix self-service and routine: writing first, then chat',
    request: { category: category('policy'), urgency: 'medium' },
    now: MON_10_AMS,
    order: ['form', 'email', 'chat', 'callback', 'phone'],
    reasons: { form: ['any-time', 'routine', 'self-service'] },
  },
  {
    name: 'matrix self-service and urgent: the open chat first, then the phone, above the form; the email (for letters) lowered',
    request: { category: category('policy'), urgency: 'high' },
    now: MON_10_AMS,
    order: ['chat', 'phone', 'form', 'callback', 'email'],
  },
  {
    name: 'matrix simplify: the prefilled form first, the rest in config order',
    request: { category: category('move') },
    now: MON_10_AMS,
    order: ['form', 'phone', 'chat', 'callback', 'email'],
    reasons: { form: ['any-time', 'prefilled'], email: ['any-time'] },
  },
  {
    name: 'matrix simplify and routine: the form before the email',
    request: { category: category('move'), urgency: 'low' },
    now: MON_10_AMS,
    order: ['form', 'email', 'chat', 'callback', 'phone'],
  },
  {
    name: 'matrix simplify but urgent: open phone and chat above the form, the form above the callback',
    request: { category: category('move'), urgency: 'high' },
    now: MON_10_AMS,
    order: ['phone', 'chat', 'form', 'callback', 'email'],
  },
  {
    name: 'no request: config order, each with its availability',
    request: {},
    now: MON_10_AMS,
    order: ['phone', 'chat', 'callback', 'form', 'email'],
    reasons: { phone: ['open'], chat: ['open'], callback: ['any-time'], form: ['any-time'], email: ['any-time'] },
  },
  {
    name: 'stable: with nothing to choose by, the reversed config comes back reversed',
    request: {},
    now: MON_10_AMS,
    channels: [...spec].reverse(),
    order: ['email', 'form', 'callback', 'chat', 'phone'],
  },
  {
    name: 'the night the clocks go back (2026-10-25): opens Monday 08:30 CET, 07:30 UTC',
    request: { urgency: 'high' },
    now: SUN_12_AMS_CLOCKS_BACK,
    order: ['callback', 'form', 'email', 'phone', 'chat'],
    opens: {
      phone: { at: Date.UTC(2026, 9, 26, 7, 30), weekday: 1, time: '08:30', sameDay: false, tomorrow: true },
      chat: { at: Date.UTC(2026, 9, 26, 7), weekday: 1, time: '08:00', sameDay: false, tomorrow: true },
    },
  },
  {
    name: 'the night the clocks go forward (2027-03-28): opens Monday 08:30 CEST, 06:30 UTC',
    request: { urgency: 'low' },
    now: SUN_12_AMS_CLOCKS_FORWARD,
    order: ['form', 'email', 'callback', 'chat', 'phone'],
    opens: {
      phone: { at: Date.UTC(2027, 2, 29, 6, 30), weekday: 1, time: '08:30', sameDay: false, tomorrow: true },
      chat: { at: Date.UTC(2027, 2, 29, 6), weekday: 1, time: '08:00', sameDay: false, tomorrow: true },
    },
  },
  {
    name: 'a visitor in New York at 07:30: the Amsterdam phone is open (13:30), the chat in the visitor’s hours opens at 08:00',
    request: { urgency: 'high' },
    now: MON_0730_NY,
    timeZone: NY,
    order: ['phone', 'callback', 'form', 'email', 'chat'],
    reasons: { phone: ['open', 'urgent', 'for-request'], chat: ['closed'] },
    opens: { chat: { at: Date.UTC(2026, 5, 8, 12), weekday: 1, time: '08:00', sameDay: true, tomorrow: false, timeZone: NY } },
  },
  {
    name: 'an Amsterdam visitor at 10:00, a New York phone (04:00 there): opens 09:00 New York time',
    request: { urgency: 'high' },
    now: MON_10_AMS,
    channels: [phoneNY, form],
    order: ['form', 'phone-ny'],
    opens: { 'phone-ny': { at: Date.UTC(2026, 5, 8, 13), weekday: 1, time: '09:00', sameDay: true, tomorrow: false, timeZone: NY } },
  },
  {
    name: 'an Amsterdam visitor at 16:00, the New York phone is open (10:00 there)',
    request: { urgency: 'high' },
    now: MON_16_AMS,
    channels: [form, phoneNY],
    order: ['phone-ny', 'form'],
    reasons: { 'phone-ny': ['open', 'urgent'] },
  },
  {
    name: 'closed for lunch at 12:30: opens again at 13:00 today',
    request: { urgency: 'high' },
    now: MON_1230_AMS,
    channels: [phoneLunch, email],
    order: ['email', 'phone-lunch'],
    opens: { 'phone-lunch': { at: Date.UTC(2026, 5, 8, 11), weekday: 1, time: '13:00', sameDay: true, tomorrow: false, timeZone: AMS } },
  },
  {
    name: 'after lunch at 13:30: open again',
    request: { urgency: 'high' },
    now: MON_1330_AMS,
    channels: [email, phoneLunch],
    order: ['phone-lunch', 'email'],
    reasons: { 'phone-lunch': ['open', 'urgent'] },
  },
];

describe('route', () => {
  it.each(rows)('$name', (row) => {
    const channels = row.channels ?? spec;
    const routed = route({ request: row.request, channels, now: row.now, timeZone: row.timeZone ?? AMS });

    // Every channel exactly once, whatever its hours or fit.
    expect(routed).toHaveLength(channels.length);
    expect(new Set(routed.map((r) => r.channel))).toEqual(new Set(channels));
    expect(routed.map((r) => r.channel.id)).toEqual(row.order);
    // Best first.
    for (let i = 1; i < routed.length; i++) expect(routed[i - 1]!.score).toBeGreaterThanOrEqual(routed[i]!.score);

    const byId = new Map(routed.map((r) => [r.channel.id, r]));
    for (const [id, codes] of Object.entries(row.reasons ?? {})) expect(byId.get(id)!.reasons.map((r) => r.code), id).toEqual(codes);
    for (const r of routed) {
      // Open or not, and the opening, agree with the reasons; an open channel has no next opening.
      const closed = r.reasons.find((x) => x.code === 'closed');
      expect(r.open, r.channel.id).toBe(!closed);
      if (closed) expect(closed).toEqual({ code: 'closed', opens: r.opens });
      else expect(r.opens).toBeNull();
    }
    for (const [id, opens] of Object.entries(row.opens ?? {})) {
      const r = byId.get(id)!;
      expect(r.open, id).toBe(false);
      expect(r.opens, id).toEqual({ timeZone: AMS, ...opens });
    }
  });

  it('gives a matching "for" its fields', () => {
    const [first] = route({ request: { urgency: 'high' }, channels: [phone], now: MON_10_AMS, timeZone: AMS });
    expect(first!.reasons).toContainEqual({ code: 'for-request', fields: ['urgency'] });
    const [second] = route({ request: { category: category('unclear') }, channels: [email], now: MON_10_AMS, timeZone: AMS });
    expect(second!.reasons).toContainEqual({ code: 'for-request', fields: ['categories'] });
  });

  it('keeps a channel that never opens, closed with no opening', () => {
    const never: Channel = { id: 'never', kind: 'chat', hours: { 'mon-sun': 'closed' } };
    const routed = route({ request: { urgency: 'high' }, channels: [never, form], now: MON_10_AMS, timeZone: AMS });
    expect(routed.map((r) => [r.channel.id, r.open, r.opens])).toEqual([
      ['form', true, null],
      ['never', false, null],
    ]);
    expect(routed[1]!.reasons).toEqual([{ code: 'closed', opens: null }]);
  });

  it('runs the rules it is given, in order, each seeing the score so far', () => {
    const seen: number[] = [];
    const rules: RouteRule[] = [
      { name: 'a', fn: ({ channel }) => (channel.kind === 'email' ? { score: 5, reasons: [{ code: 'routine' }] } : undefined) },
      { name: 'b', fn: ({ score }) => (seen.push(score), undefined) },
    ];
    const routed = route({ request: {}, channels: spec, now: MON_10_AMS, timeZone: AMS }, rules);
    expect(routed.map((r) => r.channel.id)).toEqual(['email', 'phone', 'chat', 'callback', 'form']);
    expect(routed[0]).toMatchObject({ score: 5, reasons: [{ code: 'routine' }] });
    expect(seen).toEqual([0, 0, 0, 0, 5]);
    expect(route({ request: {}, channels: spec, now: MON_10_AMS, timeZone: AMS }, []).every((r) => r.score === 0 && r.reasons.length === 0)).toBe(true);
  });

  it('names its default rules in order', () => {
    expect(defaultRules.map((r) => r.name)).toEqual([
      'availability',
      'urgent',
      'highValue',
      'emotional',
      'encourage',
      'routine',
      'selfService',
      'simplify',
      'forRequest',
    ]);
  });
});

describe('resolveCategory', () => {
  it('finds a category at any depth, with what it inherits', () => {
    const tree: Category[] = [
      { id: 'a', label: 'A', urgency: 'high', matrix: 'encourage', children: [{ id: 'b', label: 'B', value: 'low', children: [{ id: 'c', label: 'C', urgency: 'low' }] }] },
    ];
    expect(resolveCategory(tree, 'c')).toEqual({ id: 'c', path: ['a', 'b', 'c'], urgency: 'low', value: 'low', matrix: 'encourage' });
    expect(resolveCategory(tree, 'b')).toEqual({ id: 'b', path: ['a', 'b'], urgency: 'high', value: 'low', matrix: 'encourage' });
    expect(resolveCategory(tree, 'nope')).toBeNull();
    expect(resolveCategory(undefined, 'a')).toBeNull();
  });
});
