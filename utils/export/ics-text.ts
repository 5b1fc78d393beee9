/**
 * The two text rules of iCalendar content lines (RFC 5545): escaping TEXT values (§3.3.11) and
 * folding long lines (§3.1).
 */

/**
 * Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes `\n`.
 * Other control characters are not allowed in TEXT (§3.3.11, TSAFE-CHAR) and are dropped; a tab is
 * allowed and kept. Without this, a plan text holding "\r\nBEGIN:VEVENT" would add events.
 */
export function escapeIcsText(value: string): string {
  let escaped = '';
  for (const char of value.replace(/\r\n?/g, '\n')) {
    if (char === '\\' || char === ';' || char === ',') escaped += `\\${char}`;
    else if (char === '\n') escaped += '\\n';
    else if (char === '\t' || !isControl(char)) escaped += char;
  }
  return escaped;
}

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

/** Longest content line, in octets, not counting its CRLF (§3.1). */
const MAX_LINE_OCTETS = 75;

/**
 * Folds a content line so that no physical line is longer than 75 UTF-8 octets: a CRLF and one space
 * go before the code point that would cross the limit. It splits only between code points, never
 * inside a multi-byte UTF-8 sequence (§3.1 says it SHOULD NOT); unfolding (removing every CRLF +
 * space) gives the line back.
 */
export function foldIcsLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = measureUtf8(char);
    if (octets + size > MAX_LINE_OCTETS) {
      folded += '\r\n ';
      // The leading space of a continuation line counts towards its 75 octets.
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD: 3 octets). */
function measureUtf8(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}
