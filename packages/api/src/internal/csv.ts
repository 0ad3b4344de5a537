/** One CSV cell with its offsets into the CSV text (half-open, UTF-16). */
export interface CsvCell {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** One CSV record with its 1-based line number and the offsets of the whole record (without the line break). */
export interface CsvRecord {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly cells: readonly CsvCell[];
}

/**
 * Splits CSV text (RFC 4180: commas, double-quoted cells with `""` escapes, LF or CRLF line breaks) into
 * records, keeping offsets so facts read from a cell can cite it. Blank lines are dropped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let pos = 0;
  while (pos < text.length) {
    const recordStart = pos;
    const recordLine = line;
    const cells: CsvCell[] = [];
    for (;;) {
      const cellStart = pos;
      let value = "";
      if (text[pos] === '"') {
        pos++;
        for (;;) {
          const quote = text.indexOf('"', pos);
          if (quote === -1) {
            value += text.slice(pos);
            pos = text.length;
            break;
          }
          value += text.slice(pos, quote);
          if (text[quote + 1] === '"') {
            value += '"';
            pos = quote + 2;
          } else {
            pos = quote + 1;
            break;
          }
        }
        line += (text.slice(cellStart, pos).match(/\n/g) ?? []).length;
        // Anything between the closing quote and the next separator is kept, as spreadsheets do.
        const tail = /^[^,\r\n]*/.exec(text.slice(pos))?.[0] ?? "";
        value += tail;
        pos += tail.length;
      } else {
        const plain = /^[^,\r\n]*/.exec(text.slice(pos))?.[0] ?? "";
        value = plain;
        pos += plain.length;
      }
      cells.push({ value, start: cellStart, end: pos });
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      break;
    }
    const recordEnd = pos;
    if (text[pos] === "\r") pos++;
    if (text[pos] === "\n") {
      pos++;
      line++;
    }
    if (!(cells.length === 1 && cells[0]?.value === "")) {
      records.push({
        line: recordLine,
        start: recordStart,
        end: recordEnd,
        cells,
      });
    }
  }
  return records;
}

/** Quotes one value for a CSV cell (RFC 4180), guarding against spreadsheet formula injection. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // A cell that starts with = + - @ (or a tab or carriage return that hides one) runs as a formula in
  // Excel, LibreOffice and Google Sheets; a leading apostrophe makes it text.
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** CSV text: a header line and one line per row, every line ending CRLF. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header, ...rows]
    .map((row) => `${row.map(csvCell).join(",")}\r\n`)
    .join("");
}
