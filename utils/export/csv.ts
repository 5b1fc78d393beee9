/**
 * CSV for spreadsheets and scheduler uploads: an RFC 4180 writer, and the formula guard every
 * exporter runs each cell through (ARCHITECTURE.md, "Security and privacy").
 */

export interface CsvOptions {
  /** RFC 4180 says CRLF; `\n` is for tools that want Unix files. */
  lineEnding?: '\r\n' | '\n';
}

/** A cell must be quoted when it holds a quote, the separator or a line break (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes rows as RFC 4180 CSV. There is no line break after the last row (RFC 4180 §2.2 allows
 * either): Google Sheets writes none, and a naive "split on newline" importer would otherwise see a
 * trailing empty row, which Buffer rejects. There is no byte-order mark either: Buffer matches its
 * header names exactly, and a BOM would become part of `Text`.
 */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const lineEnding = options.lineEnding ?? '\r\n';
  return rows.map((row) => row.map(quoteCell).join(',')).join(lineEnding);
}

function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (or, for
 * tab and CR, that hide one behind whitespace). The list is OWASP's "CSV Injection" guidance.
 */
const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'] as const;

/**
 * Prefixes a cell that a spreadsheet would run as a formula with a single quote, so it stays text
 * (`=HYPERLINK(…)` becomes `'=HYPERLINK(…)`). Plan texts come from people and from imports, and an
 * export is often opened in a spreadsheet before it is uploaded, so every cell goes through this.
 *
 * Accepted trade-off: ordinary text that starts with one of these characters gets the quote too
 * ("-20% today" → "'-20% today", "@mkakati" → "'@mkakati"), and a scheduler that imports the file
 * publishes it with the quote. We prefer a visible apostrophe to a formula that runs.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_STARTS.some((start) => cell.startsWith(start)) ? `'${cell}` : cell;
}

/** The CSV every exporter writes: every cell neutralised, CRLF line endings, RFC 4180 quoting. */
export function toSafeCsv(rows: readonly (readonly string[])[]): string {
  return toCsv(rows.map((row) => row.map(neutraliseFormula)), { lineEnding: '\r\n' });
}
