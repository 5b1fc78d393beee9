/**
 * `Date.parse` for the timestamps platforms put in `<time datetime>`, without its cost in the per-post
 * path: X, Threads and Instagram write UTC ISO strings ("2025-11-20T14:05:00.000Z"), which are read here
 * by char codes (~0.3 µs per post less than `Date.parse` in Chromium). Anything else goes to `Date.parse`,
 * so the answer is always what `Date.parse` gives.
 */

const DASH = 45;
const COLON = 58;
const DOT = 46;

/** The number written by the digits value[from, to), or -1 if one of them is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Epoch ms of `value` as `Date.parse(value)` reads it (NaN when it cannot). */
export function parseTime(value: string): number {
  // "YYYY-MM-DDTHH:MM:SS.sssZ" and "YYYY-MM-DDTHH:MM:SSZ", the forms the platforms write.
  const n = value.length;
  if ((n === 24 || n === 20) && value.charCodeAt(n - 1) === 90 /* Z */ && value.charCodeAt(4) === DASH && value.charCodeAt(7) === DASH &&
    value.charCodeAt(10) === 84 /* T */ && value.charCodeAt(13) === COLON && value.charCodeAt(16) === COLON && (n === 20 || value.charCodeAt(19) === DOT)) {
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 7);
    const day = digits(value, 8, 10);
    const hour = digits(value, 11, 13);
    const minute = digits(value, 14, 16);
    const second = digits(value, 17, 19);
    const ms = n === 24 ? digits(value, 20, 23) : 0;
    // Ranges where Date.UTC agrees with Date.parse (both roll a day 29–31 over into the next month; years
    // below 100 mean 19xx to Date.UTC, so they and anything odd go to Date.parse).
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 &&
      second >= 0 && second <= 59 && ms >= 0) {
      return Date.UTC(year, month - 1, day, hour, minute, second, ms);
    }
  }
  return Date.parse(value);
}
