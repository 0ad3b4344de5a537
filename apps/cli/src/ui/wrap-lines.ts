/** One display line of a text: the half-open range `[start, end)` of the text it shows. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits `text` into display lines at most `width` characters wide, breaking at spaces where it can and
 * at newlines always. Offsets index into `text` itself, so evidence spans map onto lines directly.
 * The spaces a line breaks at belong to no line.
 */
export function wrapLines(text: string, width: number): LineRange[] {
  const max = Math.max(1, width);
  const lines: LineRange[] = [];
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    const newline = text.indexOf("\n", paragraphStart);
    const paragraphEnd = newline === -1 ? text.length : newline;
    let start = paragraphStart;
    if (start === paragraphEnd) lines.push({ start, end: start });
    while (start < paragraphEnd) {
      if (paragraphEnd - start <= max) {
        lines.push({ start, end: paragraphEnd });
        break;
      }
      const space = text.lastIndexOf(" ", start + max);
      const end = space > start ? space : start + max;
      lines.push({ start, end });
      start = end;
      while (start < paragraphEnd && text[start] === " ") start++;
    }
    if (newline === -1) break;
    paragraphStart = newline + 1;
  }
  return lines;
}

/** Index of the line that contains offset `at` (the last line when `at` is past the end). */
export function lineIndexAt(lines: readonly LineRange[], at: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((lines[mid]?.start ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
