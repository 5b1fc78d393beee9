/**
 * Totals that stay honest (ARCHITECTURE.md "honest numbers"): a hidden count (null) is left out and
 * counted as hidden, never added as 0; a total with any abbreviated count ("1.2K") in it is
 * approximate; a total of nothing shown is null.
 */

export interface HonestTotal {
  /** The sum of the counts shown; null when none was. */
  value: number | null;
  /** How many counts it adds up. */
  shown: number;
  /** How many were hidden. */
  hidden: number;
  /** Some count in it was abbreviated: the total is approximate. */
  approximate: boolean;
}

export function honestTotal(values: readonly { value: number | null; approximate: boolean }[]): HonestTotal {
  let sum = 0;
  let shown = 0;
  let approximate = false;
  for (const { value, approximate: rough } of values) {
    if (value === null) continue;
    sum += value;
    shown++;
    approximate ||= rough;
  }
  return { value: shown === 0 ? null : sum, shown, hidden: values.length - shown, approximate };
}

/** The mean of the known values with how many it stands on; null for none. */
export function meanOf(values: readonly (number | null)[]): { value: number | null; n: number } {
  const known = values.filter((value): value is number => value !== null && Number.isFinite(value));
  return { value: known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length, n: known.length };
}

/** b against a: the difference and the change in percent (null when a is unknown or 0). */
export function change(current: number | null, previous: number | null): { delta: number | null; percent: number | null } {
  if (current === null || previous === null) return { delta: null, percent: null };
  return { delta: current - previous, percent: previous === 0 ? null : ((current - previous) / previous) * 100 };
}
