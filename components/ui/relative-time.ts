/** Relative times in the UI locale: "in 3 hours", "5 minutes ago", "baada ya saa 3". */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours" / "baada ya saa 3", in the largest unit that fits. */
export function formatTimeLeft(locale: string, ms: number): string {
  const [unit, size] = UNITS.find(([, size]) => Math.abs(ms) >= size) ?? UNITS[2]!;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(ms / size), unit);
}
