/** "27 – 30 Nov 2026": an inclusive range of local dates, formatted in the UI locale. */
export function formatLocalDateRange(locale: string, start: string, end: string): string {
  // Local dates carry no zone: read both at noon UTC and format in UTC so no zone can shift the day.
  const at = (localDate: string) => Date.parse(`${localDate}T12:00:00Z`);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(at(start), at(end));
}
