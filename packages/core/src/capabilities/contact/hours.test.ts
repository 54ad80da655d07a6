import { describe, expect, it } from 'vitest';
import { isOpen, isTimeZone, nextOpening, parseHours } from './hours';
import { validateConfig } from '../../config/schema';
import { capabilities } from '../../capabilities';
import { createMemoryPlatform } from '../../platform/memoryPlatform';

const AMS = 'Europe/Amsterdam';
const NY = 'America/New_York';
const h = (hh: number, mm = 0) => hh * 60 + mm;

describe('parseHours', () => {
  it.each([
    ['a range', { 'mon-fri': '08:30-17:30' }, [[], [[h(8, 30), h(17, 30)]], [[h(8, 30), h(17, 30)]], [[h(8, 30), h(17, 30)]], [[h(8, 30), h(17, 30)]], [[h(8, 30), h(17, 30)]], []]],
    ['a single day and a list', { sat: '10:00-14:00', 'sun,wed': '12:00-13:00' }, [[[h(12), h(13)]], [], [], [[h(12), h(13)]], [], [], [[h(10), h(14)]]]],
    ['a wrapping range', { 'fri-mon': '09:00-10:00' }, [[[h(9), h(10)]], [[h(9), h(10)]], [], [], [], [[h(9), h(10)]], [[h(9), h(10)]]]],
    ['spans over lunch', { tue: '08:30-12:00, 13:00-17:30' }, [[], [], [[h(8, 30), h(12)], [h(13), h(17, 30)]], [], [], [], []]],
    ['closed, midnight to midnight, capitals', { 'Mon-Tue': 'Closed', wed: '00:00-24:00' }, [[], [], [], [[0, 1440]], [], [], []]],
    ['a list holding a range', { 'mon-tue,thu': '9:00-10:00' }, [[], [[h(9), h(10)]], [[h(9), h(10)]], [], [[h(9), h(10)]], [], []]],
  ])('reads %s', (_, hours, days) => {
    const { week, problems } = parseHours(hours);
    expect(problems).toEqual([]);
    expect(week.days.map((spans) => spans.map((s) => [s.from, s.to]))).toEqual(days);
  });

  it('reads the time zone, and leaves it out when not given', () => {
    expect(parseHours({ 'mon-fri': '08:30-17:30', timezone: AMS }).week.timeZone).toBe(AMS);
    expect(parseHours({ 'mon-fri': '08:30-17:30' }).week.timeZone).toBeUndefined();
  });

  it.each([
    [{ 'mon-fir': '08:30-17:30' }, 'mon-fir', 'unknown day "mon-fir"; expected days such as "mon-fri", "sat" or "sat,sun"'],
    [{ 'mon-': '08:30-17:30' }, 'mon-', 'unknown day "mon-"; expected days such as "mon-fri", "sat" or "sat,sun"'],
    [{ 'mon-wed-fri': '08:30-17:30' }, 'mon-wed-fri', 'unknown day "mon-wed-fri"; expected days such as "mon-fri", "sat" or "sat,sun"'],
    [{ timezone: 'Europe/Amsterdm' }, 'timezone', 'unknown time zone "Europe/Amsterdm"'],
    [{ mon: '8.30-17.30' }, 'mon', 'expected opening hours such as "08:30-17:30" or "closed", not "8.30-17.30"'],
    [{ mon: '08:30' }, 'mon', 'expected opening hours such as "08:30-17:30" or "closed", not "08:30"'],
    [{ mon: '08:30-25:00' }, 'mon', 'expected opening hours such as "08:30-17:30" or "closed", not "08:30-25:00"'],
    [{ mon: '08:30-17:30,' }, 'mon', 'expected opening hours such as "08:30-17:30" or "closed", not "08:30-17:30,"'],
    [{ mon: 'open' }, 'mon', 'expected opening hours such as "08:30-17:30" or "closed", not "open"'],
    [{ mon: '22:00-02:00' }, 'mon', '"22:00-02:00" ends before it starts; hours past midnight go on the next day'],
    [{ mon: '13:00-17:30,08:30-14:00' }, 'mon', '"08:30-14:00" starts before the span ahead of it ends; list spans in order'],
    [{ 'mon-fri': '08:30-17:30', fri: 'closed' }, 'fri', 'Friday is already given by "mon-fri"; list each day once'],
  ])('reports %j under its key', (hours, key, message) => {
    const { problems } = parseHours(hours);
    expect(problems).toEqual([{ key, message }]);
  });

  it('keeps the entries without a problem', () => {
    const { week, problems } = parseHours({ 'mon-fir': '08:30-17:30', sat: '10:00-14:00', timezone: 'Mars/Olympus' });
    expect(problems.map((p) => p.key)).toEqual(['mon-fir', 'timezone']);
    expect(week.days[6]).toEqual([{ from: h(10), to: h(14) }]);
    expect(week.days[1]).toEqual([]);
    expect(week.timeZone).toBeUndefined();
  });

  it('knows time zones through Intl', () => {
    expect(isTimeZone(AMS)).toBe(true);
    expect(isTimeZone('Europe/Amsterdm')).toBe(false);
  });
});

describe('isOpen', () => {
  const phone = { 'mon-fri': '08:30-12:00,13:00-17:30', timezone: AMS };
  it.each([
    ['Monday 08:29 in Amsterdam', Date.UTC(2026, 5, 1, 6, 29), phone, false],
    ['Monday 08:30 in Amsterdam', Date.UTC(2026, 5, 1, 6, 30), phone, true],
    ['Monday 12:30, at lunch', Date.UTC(2026, 5, 1, 10, 30), phone, false],
    ['Monday 17:29', Date.UTC(2026, 5, 1, 15, 29), phone, true],
    ['Monday 17:30, the end is not open', Date.UTC(2026, 5, 1, 15, 30), phone, false],
    ['Saturday noon', Date.UTC(2026, 5, 6, 10), phone, false],
    ['no hours at 3 a.m.', Date.UTC(2026, 5, 1, 1), undefined, true],
    ['no days listed', Date.UTC(2026, 5, 1, 10), { timezone: AMS }, false],
  ])('%s', (_, now, hours, open) => {
    expect(isOpen(hours, now, 'UTC')).toBe(open);
  });

  it('reads hours without a time zone in the visitor’s', () => {
    const hours = { 'mon-fri': '09:00-17:00' };
    const now = Date.UTC(2026, 5, 1, 14); // Monday 16:00 in Amsterdam, 10:00 in New York
    expect(isOpen(hours, now, AMS)).toBe(true);
    expect(isOpen(hours, Date.UTC(2026, 5, 1, 15, 30), AMS)).toBe(false); // 17:30 in Amsterdam
    expect(isOpen(hours, Date.UTC(2026, 5, 1, 15, 30), NY)).toBe(true); // 11:30 in New York
  });

  it('reads an unknown visitor zone as UTC instead of throwing', () => {
    expect(isOpen({ mon: '09:00-10:00' }, Date.UTC(2026, 5, 1, 9, 30), 'Nowhere/Atall')).toBe(true);
  });
});

describe('nextOpening', () => {
  const weekdays = { 'mon-fri': '08:30-17:30', timezone: AMS };
  it.each<[string, Record<string, string>, number, string, number, number, string, boolean, boolean]>([
    // label, hours, now, visitor zone, expected instant, weekday, time, sameDay, tomorrow
    ['Saturday in Amsterdam → Monday 08:30 CEST', weekdays, Date.UTC(2026, 5, 6, 10), 'UTC', Date.UTC(2026, 5, 8, 6, 30), 1, '08:30', false, false],
    ['Friday evening → Monday', weekdays, Date.UTC(2026, 5, 5, 18), 'UTC', Date.UTC(2026, 5, 8, 6, 30), 1, '08:30', false, false],
    ['Sunday evening → tomorrow', weekdays, Date.UTC(2026, 5, 7, 18), 'UTC', Date.UTC(2026, 5, 8, 6, 30), 1, '08:30', false, true],
    ['Monday 07:00 → today', weekdays, Date.UTC(2026, 5, 8, 5), 'UTC', Date.UTC(2026, 5, 8, 6, 30), 1, '08:30', true, false],
    ['the night the clocks go back (2026-10-25) → Monday 08:30 CET', weekdays, Date.UTC(2026, 9, 25, 0, 30), 'UTC', Date.UTC(2026, 9, 26, 7, 30), 1, '08:30', false, true],
    ['the weekend the clocks go forward (2027-03-27) → Monday 08:30 CEST', weekdays, Date.UTC(2027, 2, 27, 12), 'UTC', Date.UTC(2027, 2, 29, 6, 30), 1, '08:30', false, false],
    ['a span starting in the skipped hour opens when the clock jumps (03:00)', { sun: '02:30-05:00', timezone: AMS }, Date.UTC(2027, 2, 27, 12), 'UTC', Date.UTC(2027, 2, 28, 1), 0, '03:00', false, true],
    ['a span starting in the repeated hour opens the first time (02:30 CEST)', { sun: '02:30-05:00', timezone: AMS }, Date.UTC(2026, 9, 24, 12), 'UTC', Date.UTC(2026, 9, 25, 0, 30), 0, '02:30', false, true],
    ['after lunch → the afternoon span', { mon: '08:30-12:00,13:00-17:30', timezone: AMS }, Date.UTC(2026, 5, 8, 10, 15), 'UTC', Date.UTC(2026, 5, 8, 11), 1, '13:00', true, false],
    ['Monday evening, Mondays only → next Monday', { mon: '09:00-10:00', timezone: AMS }, Date.UTC(2026, 5, 8, 18), 'UTC', Date.UTC(2026, 5, 15, 7), 1, '09:00', false, false],
    ['New York hours from Amsterdam: Monday 09:00 EDT', { 'mon-fri': '09:00-17:00', timezone: NY }, Date.UTC(2026, 5, 8, 8), AMS, Date.UTC(2026, 5, 8, 13), 1, '09:00', true, false],
    ['no time zone: the visitor’s (New York)', { 'mon-fri': '09:00-17:00' }, Date.UTC(2026, 5, 6, 12), NY, Date.UTC(2026, 5, 8, 13), 1, '09:00', false, false],
    ['open round the clock Mon-Tue: Tuesday 00:00 is no opening', { mon: '00:00-24:00', tue: '00:00-24:00', wed: '09:00-10:00', timezone: AMS }, Date.UTC(2026, 5, 8, 10), 'UTC', Date.UTC(2026, 5, 10, 7), 3, '09:00', false, false],
  ])('%s', (_, hours, now, visitor, at, weekday, time, sameDay, tomorrow) => {
    const opening = nextOpening(hours, now, visitor);
    const zone = hours['timezone'] ?? visitor;
    expect(opening).toEqual({ at, weekday, time, timeZone: zone, sameDay, tomorrow });
  });

  it('is null without hours, and with no open day', () => {
    expect(nextOpening(undefined, Date.UTC(2026, 5, 6), AMS)).toBeNull();
    expect(nextOpening({ 'mon-sun': 'closed', timezone: AMS }, Date.UTC(2026, 5, 6), AMS)).toBeNull();
  });
});

describe('the config’s channel hours', () => {
  const platform = createMemoryPlatform();
  const checks = { isSelector: platform.isSelector, isColor: platform.isColor, isUrlPattern: () => true };
  const channel = (hours: unknown) => ({ version: 1, site: 'northwind', channels: [{ id: 'phone', kind: 'phone', hours }] });

  it('accepts good hours unchanged', async () => {
    const hours = { 'mon-fri': '08:30-12:00,13:00-17:30', 'sat,sun': 'closed', timezone: AMS };
    const { config, problems } = await validateConfig(capabilities, channel(hours), checks);
    expect(problems).toEqual([]);
    expect(config.channels?.[0]?.hours).toEqual(hours);
  });

  it('reports each problem by path and drops only that entry', async () => {
    const { config, problems } = await validateConfig(
      capabilities,
      channel({ 'mon-fir': '08:30-17:30', sat: '10:00-14:00', sun: '9-5', timezone: 'Europe/Amsterdm' }),
      checks,
    );
    expect(problems).toEqual([
      { path: 'channels[0].hours.mon-fir', message: 'unknown day "mon-fir"; expected days such as "mon-fri", "sat" or "sat,sun"' },
      { path: 'channels[0].hours.sun', message: 'expected opening hours such as "08:30-17:30" or "closed", not "9-5"' },
      { path: 'channels[0].hours.timezone', message: 'unknown time zone "Europe/Amsterdm"' },
    ]);
    expect(config.channels?.[0]?.hours).toEqual({ sat: '10:00-14:00' });
  });

  it('says what hours look like when they are not an object of strings', async () => {
    const { problems } = await validateConfig(capabilities, channel({ mon: 830 }), checks);
    expect(problems).toEqual([
      { path: 'channels[0].hours.mon', message: 'expected opening hours such as "08:30-17:30", "closed", or a time zone for "timezone"' },
    ]);
  });
});
