/*
 * Opening hours: `{ "mon-fri": "08:30-12:00,13:00-17:30", "sat": "closed", "timezone": "Europe/Amsterdam" }`.
 * Read in the channel's time zone with Intl alone: a wall-clock time is turned into an instant by
 * asking Intl for the zone's offset around it, which also gets daylight-saving changes right.
 */

/** When a closed channel opens next, in the channel's time zone. */
export interface Opening {
  /** The instant it opens, epoch ms. */
  at: number;
  /** The weekday it opens on in the channel's zone, 0 = Sunday. */
  weekday: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** The wall-clock time it opens in the channel's zone, `HH:MM`. */
  time: string;
  /** The zone `weekday` and `time` are in: the channel's, or the visitor's when it names none. */
  timeZone: string;
  /** It opens later on the same date, in the channel's zone. */
  sameDay: boolean;
  /** It opens on the next date, in the channel's zone. */
  tomorrow: boolean;
}

/** A span of opening on one day, in minutes since midnight: `to` is exclusive and at most 1440. */
export interface Span {
  from: number;
  to: number;
}

/** Opening hours, parsed: `days[0]` (Sunday) to `days[6]`, each its spans in order. */
export interface WeekHours {
  /** The zone the hours are in; absent means the visitor's. */
  timeZone?: string;
  days: Span[][];
}

/** Something wrong in opening hours, under the key that holds it. */
export interface HoursProblem {
  key: string;
  message: string;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MINUTE = 60_000;
const DAY = 86_400_000;
const TIME = /^(\d{1,2}):(\d{2})$/;

/**
 * Parses opening hours. Keys are days (`mon`, `mon-fri`, wrapping `fri-mon`, lists `sat,sun`) or
 * `timezone`; values are spans (`08:30-17:30`, `08:30-12:00,13:00-17:30`) or `closed`. A day not
 * listed is closed. An entry with a problem is left out and reported; the rest still counts.
 */
export function parseHours(hours: Readonly<Record<string, string>>): { week: WeekHours; problems: HoursProblem[] } {
  const week: WeekHours = { days: DAYS.map(() => []) };
  const problems: HoursProblem[] = [];
  const given = new Map<number, string>();
  for (const [key, raw] of Object.entries(hours)) {
    const fail = (message: string) => problems.push({ key, message });
    if (typeof raw !== 'string') {
      fail('expected opening hours such as "08:30-17:30"');
      continue;
    }
    if (key.trim().toLowerCase() === 'timezone') {
      if (isTimeZone(raw)) week.timeZone = raw;
      else fail(`unknown time zone "${raw}"`);
      continue;
    }
    const days = parseDays(key);
    if (!days) {
      fail(`unknown day "${key}"; expected days such as "mon-fri", "sat" or "sat,sun"`);
      continue;
    }
    const spans = parseSpans(raw);
    if (typeof spans === 'string') {
      fail(spans);
      continue;
    }
    // "mon-fri" then "fri": "closed" reads as an exception, but which wins is a guess; ask instead.
    const repeated = days.find((d) => given.has(d));
    if (repeated !== undefined) {
      fail(`${DAY_NAMES[repeated]} is already given by "${given.get(repeated)}"; list each day once`);
      continue;
    }
    for (const d of days) {
      given.set(d, key);
      week.days[d] = spans;
    }
  }
  return { week, problems };
}

/** `mon-fri,sun` → [1, 2, 3, 4, 5, 0]; null for anything that is not days. */
function parseDays(key: string): number[] | null {
  const out: number[] = [];
  for (const part of key.toLowerCase().split(',')) {
    const ends = part.split('-').map((s) => DAYS.indexOf(s.trim() as (typeof DAYS)[number]));
    if (ends.length > 2 || ends.some((d) => d < 0)) return null;
    const [from, to = from] = ends as [number, number?];
    // A wrapping range such as fri-mon runs through the weekend.
    for (let d = from; ; d = (d + 1) % 7) {
      if (!out.includes(d)) out.push(d);
      if (d === to) break;
    }
  }
  return out;
}

/** `08:30-12:00,13:00-17:30` → spans in minutes; `closed` → none; a message when neither. */
function parseSpans(value: string): Span[] | string {
  const text = value.trim().toLowerCase();
  if (text === 'closed') return [];
  const spans: Span[] = [];
  for (const part of text.split(',')) {
    const [a, b, extra] = part.split('-').map((s) => s.trim());
    const from = a === undefined ? null : minutes(a);
    const to = b === undefined ? null : minutes(b);
    if (from === null || to === null || extra !== undefined) return `expected opening hours such as "08:30-17:30" or "closed", not "${value}"`;
    if (to <= from) return `"${part.trim()}" ends before it starts; hours past midnight go on the next day`;
    const before = spans[spans.length - 1];
    if (before && from < before.to) return `"${part.trim()}" starts before the span ahead of it ends; list spans in order`;
    spans.push({ from, to });
  }
  return spans;
}

function minutes(time: string): number | null {
  const m = TIME.exec(time);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/** True when `zone` is an IANA time zone this engine knows. */
export function isTimeZone(zone: string): boolean {
  return formatter(zone) !== null;
}

/**
 * Whether a channel with these hours is open at `now`. No hours: always open. Hours without a
 * `timezone` are read in `visitorZone`, the visitor's own.
 */
export function isOpen(hours: Readonly<Record<string, string>> | undefined, now: number, visitorZone: string): boolean {
  if (!hours) return true;
  const { week } = parseHours(hours);
  const wall = wallClock(now, zoneOf(week, visitorZone));
  const minute = wall.hour * 60 + wall.minute;
  return week.days[wall.weekday]!.some((s) => s.from <= minute && minute < s.to);
}

/**
 * The first time after `now` that a channel with these hours opens (a span starts that does not
 * just continue yesterday's past midnight). Null with no hours (always open) or no open day at all.
 * Hours without a `timezone` are read in `visitorZone`; the result says which zone it is in.
 */
export function nextOpening(hours: Readonly<Record<string, string>> | undefined, now: number, visitorZone: string): Opening | null {
  if (!hours) return null;
  const { week } = parseHours(hours);
  const zone = zoneOf(week, visitorZone);
  const today = wallClock(now, zone);
  // Eight dates: today's later spans, and through to the same weekday next week.
  for (let i = 0; i <= 7; i++) {
    const date = Date.UTC(today.year, today.month - 1, today.day + i);
    const weekday = new Date(date).getUTCDay();
    const yesterday = week.days[(weekday + 6) % 7]!;
    for (const span of week.days[weekday]!) {
      if (span.from === 0 && yesterday.some((s) => s.to === 24 * 60)) continue;
      const at = instantOf(date + span.from * MINUTE, zone);
      if (at > now) return opening(at, zone, i);
    }
  }
  return null;
}

function opening(at: number, timeZone: string, daysAhead: number): Opening {
  const wall = wallClock(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    at,
    weekday: wall.weekday,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
    timeZone,
    sameDay: daysAhead === 0,
    tomorrow: daysAhead === 1,
  };
}

function zoneOf(week: WeekHours, visitorZone: string): string {
  if (week.timeZone) return week.timeZone;
  // A visitor's zone the engine does not know must not throw into the page: read it as UTC.
  return isTimeZone(visitorZone) ? visitorZone : 'UTC';
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Opening['weekday'];
}

// Making a DateTimeFormat is slow and they never change: one per zone, shared by every instance.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null; // RangeError: not a time zone
    }
    formatters.set(zone, f);
  }
  return f;
}

/** The wall clock in `zone` at instant `t`. */
function wallClock(t: number, zone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone)!.formatToParts(t)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24, // some engines say 24 for midnight even with h23
    minute: parts.minute!,
    second: parts.second!,
  };
  return { ...wall, weekday: new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() as Wall['weekday'] };
}

/** The wall clock at `t`, as if it were UTC: `t` plus the zone's offset. */
function wallMs(t: number, zone: string): number {
  const w = wallClock(t, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) + (t - Math.floor(t / 1000) * 1000);
}

/**
 * The instant a wall-clock time (given as if UTC) happens in `zone`. When the clocks go back it
 * happens twice: the first counts. When they go forward it does not happen: the instant the
 * clock jumps past it counts (a span from 02:30 opens at 03:00 that night).
 */
function instantOf(wall: number, zone: string): number {
  // The offsets a day either side hold the offset before and after any change near `wall`.
  const offsets = [wallMs(wall - DAY, zone) - (wall - DAY), wallMs(wall + DAY, zone) - (wall + DAY)];
  const fits = offsets.map((o) => wall - o).filter((t) => wallMs(t, zone) === wall);
  if (fits.length > 0) return Math.min(...fits);
  // In the gap: search the minute the clock jumps.
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (wallMs(mid, zone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
