import type { Opening } from '@situ/core';

type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * When a closed channel opens, in the visitor's own time: "today at 08:30", "tomorrow at 08:30",
 * "Monday at 08:30" (a visitor abroad reads their own clock, not the office's).
 */
export function opensWhen(opening: Opening, now: number, locale: string, t: T): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(opening.at);
  const day = (at: number) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const days = Math.round((Date.parse(day(opening.at)) - Date.parse(day(now))) / 86_400_000);
  if (days === 0) return t('contact.opens.today', { time });
  if (days === 1) return t('contact.opens.tomorrow', { time });
  return t('contact.opens.day', { day: new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(opening.at), time });
}

/** A time within the week ahead, for "We'll reply by Tuesday 14:00". */
export function byWhen(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(at);
}
