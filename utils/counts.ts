/**
 * Counts read off social-media pages: "7656 Likes. Like", "1,2 тыс.", "elfu 1.2", "١٫٢ ألف", "1.2万".
 * Bundled into every content script, so it stays dependency-free and small, and it is called for each
 * post of long feeds, so all locale work is done once per locale (see `tableFor`).
 * Background and test vectors: docs reference platforms.md §11 (display habits, CLDR compact patterns,
 * the traps of §11.3 and the algorithm of §11.4).
 */

/** A count read off a page. step 1 = exact; "1.2K" → { value: 1200, step: 100 }. */
export interface Count {
  value: number;
  step: number;
}

/** A magnitude word ("k", "тыс.", "elfu", "万") and its power of ten. */
interface Word {
  word: string;
  exp: number;
  /** The word ends (suffix) / starts (prefix) with a letter of a spaced script: it must not run on into a longer word. */
  edge: boolean;
}

interface Table {
  /** Words written after the number, keyed by their first UTF-16 unit, longest first. */
  after: Map<string, Word[]>;
  /** Words written before the number (sw "elfu 1.2", si "ද1.2"), keyed by their last UTF-16 unit, longest first. */
  before: Map<string, Word[]>;
  /** The locale's decimal symbol, only a tie-breaker for "1.234K" (three digits after the separator). */
  decimal: string;
  /** `after` / `before` for the ASCII fast path: only the ASCII words (no other can match ASCII text), same order, by char code. */
  asciiAfter: (readonly Word[] | undefined)[];
  asciiBefore: (readonly Word[] | undefined)[];
  /** `decimal` as a char code (-1 unless one ASCII character). */
  decimalCode: number;
  /** The length of the longest word in `after`: how far past a number the fast path must see plain text. */
  maxAfter: number;
}

/**
 * Locale-independent words, used only where the locale's own table has no entry: platforms translate with
 * their own pipelines and often show English "K/M/B" or Russian abbreviations on pages in other languages.
 * The locale wins on conflicts (trap 11.3.1: "B" is bin = 10³ in tr, "M" is miliar = 10⁹ in id).
 */
const EXTRA: Readonly<Record<string, number>> = {
  k: 3, m: 6, mn: 6, b: 9, bn: 9,
  тыс: 3, тис: 3, к: 3, млн: 6, м: 6, млрд: 9,
  千: 3, 万: 4, 萬: 4, 億: 8, 亿: 8, 천: 3, 만: 4, 억: 8,
};

/**
 * Mantissas sampled per power of ten so every plural form shows up: ru "тысяча/тысячи/тысяч" (1, 2, 5),
 * ar "ألف/آلاف" (1, 3, 11), pl "tysiąca" (1.2), fil "libo/na libo" (4, 6, 9 take "na").
 */
const MANTISSAS = [1, 1.2, 2, 3, 4, 5, 6, 9, 11, 21];
/** 10³ (the first abbreviation anywhere) to 10¹³ (ja/zh 兆, zh 万亿, which still sit below 2⁵³). */
const MIN_EXP = 3;
const MAX_EXP = 13;

// Bidi marks, zero-width characters and soft hyphens: invisible in the page, but they sit inside numbers and
// words (he "1.2K\u200f", ar U+061C; trap 11.3.5).
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Decimal digits other than ASCII (Arabic-Indic, Persian, Devanagari, Bengali, Myanmar …; trap 11.3.4). */
const NATIVE_DIGIT = /[^\P{Nd}0-9]/gu;
const ND = /\p{Nd}/u;
/** Anything beyond printable ASCII needs the slow path (NFKC, digit mapping); most labels skip it. */
const NON_ASCII = /[^ -~\t\n\r]/;
const SPACES = /\s+/g;
const APOSTROPHE = /\u2019/g;
/**
 * The first numeric run: digits joined by single separators (grouping or decimal: . , ' ٫ ٬ space).
 * Each repetition must start with a separator, which \d never matches, so the regex cannot backtrack
 * more than linearly however long the input is.
 */
const RUN = /\d+(?:[.,'\u066b\u066c ]\d+)*/;
const LETTER = /[\p{L}\p{M}]/u;
/** Scripts written without spaces: "1.2万回視聴", "3.4억회" — a word boundary cannot be required there. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/**
 * Unicode encodes every decimal digit set as a contiguous run 0…9 (a stability guarantee), and adjacent
 * sets follow each other whole, so a digit's value is its distance from the start of its run modulo 10.
 * This avoids a per-script table (the walk is a few steps and only for non-ASCII digits).
 */
function asciiDigit(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  let zero = cp;
  while (ND.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

/**
 * One spelling for the input and the table words alike: NFKC (full-width digits and letters, NBSP/NNBSP →
 * space, Arabic presentation forms), no invisible marks, ASCII digits, single spaces, ’ → ', lower case
 * (X and Instagram write "k" where CLDR has "K").
 */
function normalize(s: string): string {
  if (NON_ASCII.test(s)) {
    s = s.normalize('NFKC').replace(INVISIBLE, '').replace(NATIVE_DIGIT, asciiDigit).replace(APOSTROPHE, "'");
  }
  return s.replace(SPACES, ' ').toLowerCase();
}

function addWord(map: Map<string, Word[]>, word: string, exp: number, prefix: boolean): void {
  const key = prefix ? word.charAt(word.length - 1) : word.charAt(0);
  const list = map.get(key) ?? [];
  // First definition wins: the locale's short forms come first, then long forms, then the extras.
  if (list.some((w) => w.word === word)) return;
  const edgeChar = prefix ? word.charAt(0) : word.charAt(word.length - 1);
  list.push({ word, exp, edge: LETTER.test(edgeChar) && !UNSPACED.test(edgeChar) });
  list.sort((a, b) => b.word.length - a.word.length);
  map.set(key, list);
}

/** Learns the magnitude word(s) of one formatted sample: "1,2 тыс." of 1200 → "тыс." = 10³. */
function learn(parts: Intl.NumberFormatPart[], x: number, table: Table): void {
  let digits = '';
  let before = '';
  let after = '';
  for (const part of parts) {
    if (part.type === 'integer') digits += part.value;
    else if (part.type === 'fraction') digits += '.' + part.value;
    else if (part.type === 'compact') {
      if (digits) after += part.value;
      else before += part.value;
    }
  }
  // fr/it long "mille" (no digits) and my "ဋေ ၁.၂ သိန်း" (a word on both sides) teach nothing safely.
  if (!digits || (before && after) || !(before || after)) return;
  const mantissa = Number(normalize(digits).replace(/[^\d.]/g, ''));
  if (!(mantissa > 0)) return;
  // The word's power is what the mantissa is multiplied by: es "1200 M" of 1.2·10⁹ still teaches M = 10⁶.
  const exp = Math.round(Math.log10(x / mantissa));
  // A sample whose digits are not x / 10^k would teach a wrong power: skip it rather than guess.
  if (Math.abs(mantissa * 10 ** exp - x) > x * 0.1) return;
  const word = normalize(before || after).trim();
  if (!word || !LETTER.test(word)) return;
  const map = before ? table.before : table.after;
  addWord(map, word, exp, Boolean(before));
  // Platforms drop CLDR's abbreviation dot ("1,2 Mio", "3,6 тыс просмотров").
  if (word.length > 1 && word.endsWith('.')) addWord(map, word.slice(0, -1), exp, Boolean(before));
}

/** Resolves `<html lang>` to a locale Intl knows; "" or an unknown tag reads as English (deterministic, unlike the runtime default). */
function resolveLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf(locale.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en'; // not a well-formed language tag
  }
}

/**
 * The magnitude words of a locale, built from the browser's own CLDR data (trap 11.3.1: the meaning of a
 * suffix depends on the locale, and a hand-made list would drift from what the page shows). Building costs
 * a couple of milliseconds, so it happens once per locale.
 */
function buildTable(locale: string): Table {
  const table: Table = { after: new Map(), before: new Map(), decimal: '.', asciiAfter: [], asciiBefore: [], decimalCode: 46, maxAfter: 0 };
  const resolved = resolveLocale(locale);
  try {
    const decimal = new Intl.NumberFormat(resolved).formatToParts(1.5).find((p) => p.type === 'decimal');
    if (decimal) table.decimal = normalize(decimal.value);
    for (const compactDisplay of ['short', 'long'] as const) {
      const format = new Intl.NumberFormat(resolved, { notation: 'compact', compactDisplay });
      for (let exp = MIN_EXP; exp <= MAX_EXP; exp++) {
        for (const n of MANTISSAS) {
          const x = Math.round(n * 10 ** exp);
          learn(format.formatToParts(x), x, table);
        }
      }
    }
  } catch {
    // A runtime without compact notation: the extras below still read "1.2K".
  }
  for (const [word, exp] of Object.entries(EXTRA)) addWord(table.after, word, exp, false);
  table.asciiAfter = asciiIndex(table.after);
  table.asciiBefore = asciiIndex(table.before);
  table.decimalCode = table.decimal.length === 1 && table.decimal < '\x7f' ? table.decimal.charCodeAt(0) : -1;
  for (const words of table.after.values()) for (const w of words) table.maxAfter = Math.max(table.maxAfter, w.word.length);
  return table;
}

/** A word map re-keyed by char code, keeping only the all-ASCII words, in their order (longest first). */
function asciiIndex(map: Map<string, Word[]>): (readonly Word[] | undefined)[] {
  const index: (Word[] | undefined)[] = [];
  for (const [key, words] of map) {
    const ascii = words.filter((w) => !NON_ASCII.test(w.word));
    if (ascii.length > 0 && key < '\x7f') index[key.charCodeAt(0)] = ascii;
  }
  return index;
}

const TABLES = new Map<string, Table>();
let lastLocale: string | undefined;
let lastTable: Table | undefined;

function tableFor(locale: string): Table {
  if (locale === lastLocale && lastTable) return lastTable;
  let table = TABLES.get(locale);
  if (!table) {
    table = buildTable(locale);
    TABLES.set(locale, table);
  }
  lastLocale = locale;
  lastTable = table;
  return table;
}

/** The power of the magnitude word right after position `end` (one optional space between), if any. */
function wordAfter(text: string, end: number, table: Table): number | undefined {
  const at = text.charCodeAt(end) === 32 ? end + 1 : end;
  for (const w of table.after.get(text.charAt(at)) ?? []) {
    // "12 members" must not read as 12 M: a spaced-script word must end where the text's word ends.
    if (text.startsWith(w.word, at) && !(w.edge && LETTER.test(text.charAt(at + w.word.length)))) return w.exp;
  }
  return undefined;
}

/** The power of the magnitude word right before position `start` (prefix locales: sw "elfu 1.2", si "ද1.2"). */
function wordBefore(text: string, start: number, table: Table): number | undefined {
  const at = text.charCodeAt(start - 1) === 32 ? start - 1 : start;
  for (const w of table.before.get(text.charAt(at - 1)) ?? []) {
    const from = at - w.word.length;
    if (from >= 0 && text.startsWith(w.word, from) && !(w.edge && LETTER.test(text.charAt(from - 1)))) return w.exp;
  }
  return undefined;
}

/**
 * Whether separators read as grouping are real grouping: one separator kind, groups of three ("1,234,567",
 * "12 345", "1'234") or the Indian lakh grouping ("12,34,567": twos, then a final three). Anything else —
 * "1,5", "4.5", "1.2.3" — is a decimal or not a number at all, and counts are integers (trap 11.3.2).
 */
function isGrouped(groups: readonly string[], seps: readonly string[]): boolean {
  const sep = seps[0];
  if (sep === undefined) return true;
  if (sep === '\u066b' || seps.some((s) => s !== sep)) return false;
  const first = groups[0]?.length ?? 0;
  const size = groups.length > 2 ? (groups[1]?.length ?? 0) : 3;
  if (size !== 2 && size !== 3) return false;
  if (first < 1 || first > size) return false;
  return groups.every((g, i) => i === 0 || g.length === (i === groups.length - 1 ? 3 : size));
}

/**
 * The first count in `raw` (a label, a button's text), read in `locale` (the page's <html lang>); null when
 * there is none.
 *
 * Only the first numeric run is considered: if it is not a count ("1,5", "4.5 stars", "-3") the result is
 * null rather than a guess from later text. A bare "1,5" / "1.5" (no magnitude word) is null in every
 * locale: a count has no fraction, and reading it as grouping would invent 15 (trap 11.3.2).
 */
export function parseCount(raw: string, locale: string): Count | null {
  if (!raw) return null;
  const fast = parseAscii(raw, locale);
  return fast === undefined ? parseCountSlow(raw, locale) : fast;
}

// ---------------------------------------------------------------------------------------------------------
// The ASCII fast path. Most labels are printable ASCII ("7656 Likes. Like", "29.9K", "1,068"), perhaps
// with CLDR's no-break spaces ("1,2\u00a0Mio."), which `normalize` only lower-cases and whose white space it
// collapses. `parseAscii` runs the algorithm of `parseCountSlow` on the raw string's char codes instead —
// white space runs read as one space, letters compared case-insensitively, digit groups kept as positions
// in reused arrays — so it allocates nothing but the result. Its answer must equal the slow path's for
// every input (a differential test checks it); it returns undefined, "ask the slow path", for anything
// else: other non-ASCII, more than MAX_GROUPS digit groups, more than 15 digits.
//
// Only the text the algorithm looks at must be plain: everything before the number, the number, and past
// it as far as the longest magnitude word (+ the character after it). What lies further cannot change
// the answer, so "18 comments on Northwind Traders’s post" (LinkedIn) is read here too, and so is the
// typographic apostrophe itself ("1’234", which `normalize` turns into "1'234").
// ---------------------------------------------------------------------------------------------------------

const MAX_GROUPS = 16;
/** Digit group k of the run: raw[groupStart[k], groupEnd[k]); groupSep[k] the separator before it (space for any white space). */
const groupStart = new Int32Array(MAX_GROUPS);
const groupEnd = new Int32Array(MAX_GROUPS);
const groupSep = new Int32Array(MAX_GROUPS);

function groupLength(k: number): number {
  return (groupEnd[k] ?? 0) - (groupStart[k] ?? 0);
}

/** 10 ** k for k = 0…22 (all exact), computed by `**` itself so the values are the slow path's. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
function pow10(k: number): number {
  return k <= 22 ? (POW10[k] ?? 0) : 10 ** k;
}

const SPACE = 32;
const DOT = 46;
const COMMA = 44;
const APOS = 39;
const MINUS = 45;
/** ’, which `normalize` writes as an ASCII apostrophe. */
const RSQUO = 0x2019;

/**
 * White space that `normalize` turns into one space: ASCII's, and the no-break, thin and narrow no-break
 * spaces of CLDR grouping and "1,2 Mio." (NFKC maps each to U+0020 and nothing else in the string).
 */
function isSpace(c: number): boolean {
  return c === SPACE || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** What `normalize` makes of a plain char code, bar white space: ASCII lower-cased, ’ as '. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c === RSQUO ? APOS : c;
}

/**
 * A char code that `normalize` leaves as it is but for case, white space and ’: printable ASCII, \t \n \r,
 * the spaces of `isSpace`, and ’ (NaN, past the end, is not plain).
 */
function isPlain(c: number): boolean {
  return c > 126 ? isSpace(c) || c === RSQUO : c >= SPACE || isSpace(c);
}

/**
 * Whether raw[from…] is plain for `chars` characters as `normalize` counts them (a white space run is one),
 * or up to its end.
 */
function plainFor(raw: string, from: number, chars: number): boolean {
  const n = raw.length;
  let p = from;
  for (let k = 0; k < chars && p < n; k++) {
    const c = raw.charCodeAt(p++);
    if (!isPlain(c)) return false;
    if (isSpace(c)) while (p < n && isSpace(raw.charCodeAt(p))) p++;
  }
  return true;
}

/** LETTER for an ASCII char code (NaN, past either end, is not a letter). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Where `word` ends if it is written at raw[at] (folded as `normalize` would), else -1. */
function matchForward(raw: string, at: number, word: string): number {
  const n = raw.length;
  let p = at;
  for (let i = 0; i < word.length; i++) {
    if (p >= n) return -1;
    const w = word.charCodeAt(i);
    const c = raw.charCodeAt(p++);
    if (w === SPACE) {
      if (!isSpace(c)) return -1;
      while (p < n && isSpace(raw.charCodeAt(p))) p++;
    } else if (fold(c) !== w) return -1;
  }
  return p;
}

/** Where `word` starts if it is written just before raw[at] (folded as `normalize` would), else -1. */
function matchBackward(raw: string, at: number, word: string): number {
  let p = at;
  for (let i = word.length - 1; i >= 0; i--) {
    if (p <= 0) return -1;
    const w = word.charCodeAt(i);
    const c = raw.charCodeAt(--p);
    if (w === SPACE) {
      if (!isSpace(c)) return -1;
      while (p > 0 && isSpace(raw.charCodeAt(p - 1))) p--;
    } else if (fold(c) !== w) return -1;
  }
  return p;
}

/** `wordAfter` on the raw ASCII string. */
function asciiWordAfter(raw: string, end: number, table: Table): number | undefined {
  const n = raw.length;
  let at = end;
  while (at < n && isSpace(raw.charCodeAt(at))) at++;
  if (at >= n) return undefined;
  const words = table.asciiAfter[fold(raw.charCodeAt(at))];
  if (!words) return undefined;
  for (const w of words) {
    const stop = matchForward(raw, at, w.word);
    if (stop >= 0 && !(w.edge && isLetter(raw.charCodeAt(stop)))) return w.exp;
  }
  return undefined;
}

/** `wordBefore` on the raw ASCII string. */
function asciiWordBefore(raw: string, start: number, table: Table): number | undefined {
  let at = start;
  while (at > 0 && isSpace(raw.charCodeAt(at - 1))) at--;
  if (at === 0) return undefined;
  const words = table.asciiBefore[fold(raw.charCodeAt(at - 1))];
  if (!words) return undefined;
  for (const w of words) {
    const from = matchBackward(raw, at, w.word);
    if (from >= 0 && !(w.edge && isLetter(raw.charCodeAt(from - 1)))) return w.exp;
  }
  return undefined;
}

/** `parseCountSlow` for `raw` (non-empty) whose examined part is plain (`isPlain`); undefined when the slow path must answer. */
function parseAscii(raw: string, locale: string): Count | null | undefined {
  const n = raw.length;
  // Everything before the first digit must be plain: a native digit, U+2212 or an invisible mark there
  // would change the number the slow path finds.
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) {
      start = i;
      break;
    }
    if (!isPlain(c)) return undefined;
  }
  if (start < 0) return null;
  if (raw.charCodeAt(start - 1) === MINUS) return null;

  // The run: digit groups joined by one . , ' or a run of white space (one space once normalized).
  let count = 0;
  let i = start;
  for (;;) {
    if (count === MAX_GROUPS) return undefined;
    groupStart[count] = i;
    while (i < n && isDigit(raw.charCodeAt(i))) i++;
    groupEnd[count++] = i;
    if (i >= n) break;
    const c = raw.charCodeAt(i);
    // A native digit or ٫ right after the digits would continue the number in the slow path.
    if (!isPlain(c)) return undefined;
    let j = i + 1;
    if (isSpace(c)) {
      while (j < n && isSpace(raw.charCodeAt(j))) j++;
    } else if (c !== DOT && c !== COMMA && c !== APOS && c !== RSQUO) break;
    if (j >= n) break;
    const next = raw.charCodeAt(j);
    if (!isDigit(next)) {
      if (!isPlain(next)) return undefined;
      break;
    }
    groupSep[count] = isSpace(c) ? SPACE : c === RSQUO ? APOS : c;
    i = j;
  }
  // A space groups only three-digit groups after space grouping (as in parseCountSlow).
  let spacedSoFar = true;
  for (let k = 1; k < count; k++) {
    if (groupSep[k] !== SPACE) {
      spacedSoFar = false;
      continue;
    }
    if (!spacedSoFar || groupLength(k) !== 3 || (k === 1 && groupLength(0) > 3)) {
      count = k;
      break;
    }
  }

  const table = tableFor(locale);
  const end = groupEnd[count - 1] ?? 0;
  // The longest word after the number and the character after it (its edge), past the white space.
  let wordAt = end;
  while (wordAt < n && isSpace(raw.charCodeAt(wordAt))) wordAt++;
  if (!plainFor(raw, wordAt, table.maxAfter + 2)) return undefined;
  const exp = asciiWordAfter(raw, end, table) ?? asciiWordBefore(raw, start, table) ?? 0;

  // The decimal point, as in parseCountSlow; `grouped` groups are left once the fraction is taken off.
  let grouped = count;
  let fraction = 0;
  if (exp > 0 && count > 1) {
    const lastSep = groupSep[count - 1] ?? 0;
    const lastLength = groupLength(count - 1);
    let decimal = false;
    if (lastSep === DOT || lastSep === COMMA) {
      decimal = lastLength <= 2;
      if (lastLength === 3 && lastSep === table.decimalCode) {
        decimal = true;
        for (let k = 1; k < count - 1; k++) if (groupSep[k] === lastSep) decimal = false;
      }
    }
    if (decimal) {
      fraction = lastLength;
      grouped--;
    }
  }
  // isGrouped over the first `grouped` groups.
  if (grouped > 1) {
    const sep = groupSep[1];
    const first = groupLength(0);
    const size = grouped > 2 ? groupLength(1) : 3;
    if ((size !== 2 && size !== 3) || first > size) return null;
    for (let k = 1; k < grouped; k++) {
      if (groupSep[k] !== sep || groupLength(k) !== (k === grouped - 1 ? 3 : size)) return null;
    }
  }

  // The mantissa is every digit of the run (the fraction is the last group); 15 digits are always exact.
  let mantissa = 0;
  let digits = 0;
  for (let k = 0; k < count; k++) {
    const to = groupEnd[k] ?? 0;
    digits += to - (groupStart[k] ?? 0);
    if (digits > 15) return undefined;
    for (let p = groupStart[k] ?? 0; p < to; p++) mantissa = mantissa * 10 + raw.charCodeAt(p) - 48;
  }
  const shift = exp - fraction;
  if (shift <= 0) return { value: shift === 0 ? mantissa : Math.round(mantissa / pow10(-shift)), step: 1 };
  const step = pow10(shift);
  const value = mantissa * step;
  return Number.isSafeInteger(value) ? { value, step } : null;
}

/**
 * The full algorithm, for any input: `parseCount` answers from it whatever the ASCII fast path leaves.
 * Exported for the differential test only.
 */
export function parseCountSlow(raw: string, locale: string): Count | null {
  if (!raw) return null;
  const text = normalize(raw);
  const run = RUN.exec(text);
  if (!run) return null;
  const start = run.index;
  const prev = text.charAt(start - 1);
  // Negative numbers are not counts ("-3", "−3" with U+2212).
  if (prev === '-' || prev === '\u2212') return null;

  // Split the run into digit groups and the separators between them.
  const groups: string[] = [];
  const seps: string[] = [];
  let group = '';
  for (const c of run[0]) {
    if (c >= '0' && c <= '9') group += c;
    else {
      groups.push(group);
      seps.push(c);
      group = '';
    }
  }
  groups.push(group);
  // A space groups digits only in a run of three-digit groups after space-grouping ("12 345 678");
  // "5 12K" or "1,2 345" are two numbers next to each other, so the run ends before that space.
  let spacedSoFar = true;
  for (let i = 0; i < seps.length; i++) {
    if (seps[i] !== ' ') {
      spacedSoFar = false;
      continue;
    }
    if (!spacedSoFar || groups[i + 1]?.length !== 3 || (i === 0 && (groups[0]?.length ?? 0) > 3)) {
      groups.length = i + 1;
      seps.length = i;
      break;
    }
  }
  const end = start + groups.reduce((n, g) => n + g.length, 0) + seps.length;

  const table = tableFor(locale);
  // Suffix first (almost every locale), then prefix (sw, si).
  const exp = wordAfter(text, end, table) ?? wordBefore(text, start, table) ?? 0;

  let fraction = '';
  const lastSep = seps[seps.length - 1];
  const lastGroup = groups[groups.length - 1] ?? '';
  if (exp > 0 && lastSep !== undefined) {
    // With a magnitude word the last . , ٫ before one or two digits is the decimal point ("1,2 tys.",
    // "29.9K", "7.03K"); with three digits only when it is the locale's own decimal symbol used once
    // ("1.234K" in en), else it is grouping ("1,234K", "1.234 Mio." in de).
    const decimal =
      lastSep === '\u066b' ||
      ((lastSep === '.' || lastSep === ',') &&
        (lastGroup.length <= 2 || (lastGroup.length === 3 && lastSep === table.decimal && seps.indexOf(lastSep) === seps.length - 1)));
    if (decimal) {
      fraction = lastGroup;
      groups.pop();
      seps.pop();
    }
  }
  if (!isGrouped(groups, seps)) return null;

  const mantissa = Number(groups.join('') + fraction);
  if (!Number.isSafeInteger(mantissa)) return null;
  const shift = exp - fraction.length;
  const value = shift >= 0 ? mantissa * 10 ** shift : Math.round(mantissa / 10 ** -shift);
  if (!Number.isSafeInteger(value)) return null;
  return { value, step: 10 ** Math.max(0, shift) };
}
