/** "27 – 30 Nov 2026": an inclusive range of local dates, formatted in the UI locale. */
export function formatLocalDateRange(locale: string, start: string, end: string): string {
  // Local dates carry no zone: read both at noon UTC and format in UTC so no zone can shift the day.
  const at = (localDate: string) => Date.parse(`${localDate}T12:00:00Z`);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  // Within one month the locale's own range form is best ("27 – 30 Nov 2026"). Across months, ICU's
  // Kiswahili range pattern drops the first month ("1 – 31 Des 2026" for 1 Oct – 31 Dec), so two
  // whole dates are written instead.
  if (start.slice(0, 7) === end.slice(0, 7)) return format.formatRange(at(start), at(end));
  return `${format.format(at(start))} – ${format.format(at(end))}`;
}
