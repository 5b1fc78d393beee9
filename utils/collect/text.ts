/**
 * White space in texts read off a page, without a regular expression in the common case. Most post
 * texts hold only single spaces, where `text.replace(/\s+/g, ' ')` changes nothing but still copies the
 * string (~1 µs per text here); a scan of char codes allocates nothing (docs/collectors.md "Speed").
 */

/** What `\s` matches other than the plain space: ASCII controls \t…\r, NBSP, the Unicode spaces, BOM. */
export function isOtherWhiteSpace(code: number): boolean {
  if (code < 128) return code >= 9 && code <= 13;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether `/\s+/g → " "` would change `text`: white space other than a space, or two spaces in a row. */
export function needsCollapse(text: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII other than the space, most of any text: one comparison pair and on.
    if (code > 32 && code < 127) {
      previousSpace = false;
      continue;
    }
    if (code === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (isOtherWhiteSpace(code)) return true;
    else previousSpace = false;
  }
  return false;
}

/** `text.replace(/\s+/g, ' ')`, skipped when it would change nothing. */
export function collapsed(text: string): string {
  return needsCollapse(text) ? text.replace(/\s+/g, ' ') : text;
}
