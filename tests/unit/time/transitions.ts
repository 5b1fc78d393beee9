/**
 * Test helper: a zone's real UTC-offset changes, read from Intl's `longOffset` names ("GMT+10:30")
 * without going through the code under test, so the DST tests check the implementation against the
 * browser's own time-zone database rather than against itself.
 */
export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** One offset change: the first instant of the new offset and the offsets (minutes) either side. */
export type Transition = { at: number; before: number; after: number };

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset at an instant, in minutes, parsed from Intl's offset name. */
export function offsetMinutes(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!match) throw new Error(`Unexpected offset name ${JSON.stringify(name)} in ${timeZone}`);
  if (!match[1]) return 0; // plain "GMT"
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Every offset change of a zone during a UTC calendar year, to the minute. */
export function findTransitions(timeZone: string, year: number): Transition[] {
  const transitions: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  const step = 6 * 60 * MINUTE_MS; // no zone changes twice within six hours
  for (let from = Date.UTC(year, 0, 1); from < end; from += step) {
    const before = offsetMinutes(timeZone, from);
    const after = offsetMinutes(timeZone, from + step);
    if (before === after) continue;
    // Bisect to the first minute with the new offset.
    let low = from;
    let high = from + step;
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetMinutes(timeZone, middle) === before) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, before, after });
  }
  return transitions;
}

/** The local date and time of a wall-clock reading written as UTC milliseconds. */
export function wallOf(wallMs: number): { localDate: string; localTime: string } {
  const iso = new Date(wallMs).toISOString();
  return { localDate: iso.slice(0, 10), localTime: iso.slice(11, 16) };
}

/** The wall-clock reading (as UTC milliseconds) that a zone shows at an instant. */
export function wallAt(timeZone: string, instant: number): number {
  return instant + offsetMinutes(timeZone, instant) * MINUTE_MS;
}
