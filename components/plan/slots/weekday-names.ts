/** Weekday names in the UI language, from Intl: no list of names to keep in the message files. */

/** ISO weekdays, Monday first (1 = Monday … 7 = Sunday). */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The name of an ISO weekday in a locale ("Tue" / "Tuesday", "Jumanne"). */
export function weekdayName(locale: string, weekday: number, style: 'short' | 'long'): string {
  // 2024-01-01 was a Monday; read in UTC so the machine's zone cannot move it to another day.
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
}
