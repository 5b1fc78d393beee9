/** The IANA time zones this browser knows, for the time-zone picker. */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  // The stored zone stays selectable even if this browser's list spells it differently (e.g. UTC).
  return zones.includes(current) ? zones : [current, ...zones];
}
