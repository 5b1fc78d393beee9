/**
 * Local dates ('YYYY-MM-DD') and wall-clock times as the UI shows them. A local date is a day on a wall
 * calendar, not an instant, so it is formatted at noon UTC in UTC: no reader's zone can shift the day.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

const noonOf = (localDate: string) => Date.parse(`${localDate}T12:00:00Z`);

/** "Friday, 27 November 2026": the accessible name of a day. */
export function formatFullDate(locale: string, localDate: string): string {
  return formatter(locale, { dateStyle: 'full' }).format(noonOf(localDate));
}

/** "Fri 27 Nov": a day in a heading where space is short. */
export function formatShortDate(locale: string, localDate: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(noonOf(localDate));
}

/** "Mon 23": a week column's heading, where the month is in the title above. */
export function formatWeekdayAndDay(locale: string, localDate: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric' }).format(noonOf(localDate));
}

export function formatWeekday(locale: string, localDate: string, width: 'short' | 'long'): string {
  return formatter(locale, { weekday: width }).format(noonOf(localDate));
}

/** "18:00" or "6:00 PM", as the locale writes a wall-clock time. */
export function formatWallTime(locale: string, localTime: string): string {
  return formatter(locale, { timeStyle: 'short' }).format(Date.parse(`1970-01-01T${localTime}:00Z`));
}
