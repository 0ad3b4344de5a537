/**
 * Tokens over the text the parser returns. Offsets are UTF-16 indexes into that text, so any run of
 * tokens maps back to an exact quote. Tokens come in reading order, which differs from text order in
 * one case: two-column layouts (PDF tables copied as text, where a label wraps onto several lines and
 * its grade sits in a right-hand column). There the left cells of a row are read first, then the
 * right cells, so "Experiences and progress of care / leavers" + "Requires / improvement" reads as
 * one label followed by one grade.
 */

/** What a token is made of. */
export type TokenKind = "word" | "num" | "punct";

/** One word, number or punctuation mark. */
export interface Token {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character (excluding a possessive "'s", which is dropped from `norm`). */
  readonly end: number;
  /** Lower-case form; curly quotes folded to straight ones, dashes to "-", "&" to "and". */
  readonly norm: string;
  readonly kind: TokenKind;
  /** First character is upper case. */
  readonly cap: boolean;
  /** Two or more letters, all upper case. */
  readonly caps: boolean;
  /** Followed by a possessive "'s" or "s'". */
  readonly poss: boolean;
  /** Line breaks between this token and the previous one in reading order (0 inside a table row). */
  readonly nl: number;
  /** Whitespace characters before the token (0 when glued to the previous one). */
  readonly sp: number;
  /** Index of the row (a line, or a group of wrapped table lines) the token belongs to. */
  readonly row: number;
  /** The token is in a right-hand table column. */
  readonly cell: boolean;
}

interface Segment {
  start: number;
  end: number;
  row: number;
  cell: boolean;
  /** Blank lines before this row (for the first segment of a row). */
  nl: number;
}

const MAX_LINES = 200_000;

interface Line {
  start: number;
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Most texts break lines with "\n" alone, which indexOf finds fastest.
  if (
    !text.includes("\r") &&
    !text.includes("\u2028") &&
    !text.includes("\u2029")
  ) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", start)) {
      lines.push({ start, end: i });
      start = i + 1;
    }
    lines.push({ start, end: text.length });
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x2007 ||
    c === 0x202f ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 12 ||
    c === 11
  );
}

/**
 * The end of a run of five or more dots (spaces allowed) starting at `i` that has content after it on
 * the line, or `i` when there is none.
 */
function leaderEnd(text: string, i: number, end: number): number {
  let j = i;
  let dots = 0;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 46) dots++;
    else if (!isSpace(c)) break;
    j++;
  }
  return dots >= 5 && j < end ? j : i;
}

/** Splits a line into cells at runs of three or more spaces (or a tab) after some content, or at dot leaders. */
function cellsOf(text: string, line: Line): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let i = line.start;
  while (i < line.end && isSpace(text.charCodeAt(i))) i++;
  let cellStart = i;
  let lastContent = i;
  while (i < line.end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      let tab = false;
      while (j < line.end && isSpace(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === 9) tab = true;
        j++;
      }
      if ((j - i >= 3 || tab) && j < line.end) {
        cells.push({ start: cellStart, end: lastContent });
        cellStart = j;
      }
      i = j;
    } else if (c === 46 && leaderEnd(text, i, line.end) > i) {
      // "Overall effectiveness ........ Inadequate": dot leaders separate a label from its value.
      const j = leaderEnd(text, i, line.end);
      if (lastContent > cellStart)
        cells.push({ start: cellStart, end: lastContent });
      cellStart = j;
      lastContent = j;
      i = j;
    } else {
      i++;
      lastContent = i;
    }
  }
  if (lastContent > cellStart)
    cells.push({ start: cellStart, end: lastContent });
  return cells;
}

// Where a line may split into cells: a tab or another wide space, three spaces, or two dots with only
// spaces between (a dot leader starts so). A line with none of these is one cell.
const CELL_BREAK = /[\t\v\f\u00a0\u2000-\u200a\u202f\u3000]| {3}|\. *\./g;

/** The first place at or after `from` where a line may split into cells, or the end of the text. */
function nextCellBreak(text: string, from: number): number {
  CELL_BREAK.lastIndex = from;
  const m = CELL_BREAK.exec(text);
  CELL_BREAK.lastIndex = 0;
  return m ? m.index : text.length;
}

/** The line as one cell, without its leading and trailing spaces (none when it is blank). */
function wholeLine(
  text: string,
  line: Line,
): { start: number; end: number } | undefined {
  let start = line.start;
  let end = line.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

function startsLower(text: string, at: number): boolean {
  const ch = text[at] ?? "";
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Lines in reading order, with table rows regrouped (left cells first, then right cells). */
function segmentsOf(text: string): Segment[] {
  const lines = splitLines(text);
  if (lines.length > MAX_LINES)
    return [{ start: 0, end: text.length, row: 0, cell: false, nl: 0 }];
  const segments: Segment[] = [];
  let row = -1;
  let blank = 0;
  // The open table row: its left and right cells, waiting to be emitted.
  let open: { left: Segment[]; right: Segment[]; indent: number } | null = null;
  const flush = (): void => {
    if (!open) return;
    segments.push(...open.left, ...open.right);
    open = null;
  };
  let cellBreak = nextCellBreak(text, 0);
  for (const line of lines) {
    if (cellBreak < line.start) cellBreak = nextCellBreak(text, line.start);
    // Most lines are one cell: its bounds are read without building a list of cells.
    const cells = cellBreak >= line.end ? undefined : cellsOf(text, line);
    const first = cells ? cells[0] : wholeLine(text, line);
    if (!first) {
      blank++;
      continue;
    }
    const indent = first.start - line.start;
    const twoColumns = cells !== undefined && cells.length >= 2;
    // A continuation line of an open table row: it has cells, and its first cell is either empty on the
    // left (content starts far to the right) or starts in lower case.
    const continues =
      open !== null &&
      blank <= 1 &&
      (startsLower(text, first.start) || (indent >= 20 && open.indent < 20));
    if (continues && open) {
      if (twoColumns) {
        open.left.push({
          start: first.start,
          end: first.end,
          row,
          cell: false,
          nl: 0,
        });
        for (const cell of cells.slice(1))
          open.right.push({
            start: cell.start,
            end: cell.end,
            row,
            cell: true,
            nl: 0,
          });
      } else if (indent >= 20 && open.indent < 20) {
        open.right.push({
          start: first.start,
          end: first.end,
          row,
          cell: true,
          nl: 0,
        });
      } else {
        open.left.push({
          start: first.start,
          end: first.end,
          row,
          cell: false,
          nl: 0,
        });
      }
      blank = 0;
      continue;
    }
    flush();
    row++;
    const nl = segments.length === 0 ? 0 : 1 + blank;
    blank = 0;
    if (twoColumns) {
      open = {
        left: [{ start: first.start, end: first.end, row, cell: false, nl }],
        right: cells.slice(1).map((cell) => ({
          start: cell.start,
          end: cell.end,
          row,
          cell: true,
          nl: 0,
        })),
        indent,
      };
    } else {
      segments.push({
        start: first.start,
        end: first.end,
        row,
        cell: false,
        nl,
      });
    }
  }
  flush();
  return segments;
}

function isLetterCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}

const PUNCT_NORM: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": ".",
    "\u2022": "*",
    "\u25cf": "*",
    "\u25aa": "*",
    "\u00b7": "*",
  }),
);

/** Two or more ASCII letters, all upper case. */
function isAllCaps(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * Tokenizes `text` in reading order. Linear in the length of the text.
 * @example tokenize("Hammersmith & Fulham's rating").map((t) => t.norm) // ["hammersmith", "and", "fulham", "rating"]
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // One string per distinct word: tokens of the same word share it, so a long text keeps far fewer
  // strings alive (the copy each slice makes is dropped at once).
  const norms = new Map<string, string>();
  const shared = (norm: string): string => {
    const known = norms.get(norm);
    if (known !== undefined) return known;
    norms.set(norm, norm);
    return norm;
  };
  // The segment being read, and the spaces and line breaks since the last token.
  let row = 0;
  let cell = false;
  let sp = 0;
  let nl = 0;
  const push = (
    start: number,
    end: number,
    norm: string,
    kind: TokenKind,
    poss: boolean,
    cap: boolean,
    caps: boolean,
  ): void => {
    tokens.push({ start, end, norm, kind, cap, caps, poss, nl, sp, row, cell });
    sp = 0;
    nl = 0;
  };
  for (const seg of segmentsOf(text)) {
    let i = seg.start;
    sp = tokens.length > 0 ? 1 : 0;
    nl = seg.nl;
    row = seg.row;
    cell = seg.cell;
    const segEnd = seg.end;
    while (i < segEnd) {
      const c = text.charCodeAt(i);
      if (isSpace(c) || c === 10 || c === 13) {
        sp++;
        i++;
        continue;
      }
      if (isLetterCode(c)) {
        let j = i + 1;
        // Lower case ASCII letters and straight apostrophes only: the word is its own norm.
        let plain = c >= 97 && c <= 122;
        for (;;) {
          for (; j < segEnd; j++) {
            const d = text.charCodeAt(j);
            if (d >= 97 && d <= 122) continue;
            if (!isLetterCode(d)) break;
            plain = false;
          }
          // Keep inner apostrophes of contractions and names (don't, O'Neill), but not a possessive 's.
          if (
            j + 1 < segEnd &&
            isApostrophe(text.charCodeAt(j)) &&
            isLetterCode(text.charCodeAt(j + 1)) &&
            !(
              (text[j + 1] === "s" || text[j + 1] === "S") &&
              !isLetterCode(text.charCodeAt(j + 2))
            )
          ) {
            if (text.charCodeAt(j) !== 39) plain = false;
            j += 1;
            continue;
          }
          break;
        }
        let end = j;
        let poss = false;
        if (j < segEnd && isApostrophe(text.charCodeAt(j))) {
          const next = text[j + 1];
          if (
            (next === "s" || next === "S") &&
            !isLetterCode(text.charCodeAt(j + 2)) &&
            !isDigitCode(text.charCodeAt(j + 2))
          ) {
            poss = true;
            end = j;
            j += 2;
          } else if (
            (text[j - 1] === "s" || text[j - 1] === "S") &&
            !isLetterCode(text.charCodeAt(j + 1))
          ) {
            poss = true;
            j += 1;
          }
        }
        if (plain) {
          push(i, end, shared(text.slice(i, end)), "word", poss, false, false);
        } else {
          const norm = shared(
            text
              .slice(i, end)
              .toLowerCase()
              .replace(/[\u2019\u2018\u02bc]/g, "'"),
          );
          const first = text[i]!;
          push(
            i,
            end,
            norm,
            "word",
            poss,
            first !== first.toLowerCase(),
            isAllCaps(text, i, end),
          );
        }
        i = j;
        continue;
      }
      if (isDigitCode(c)) {
        let j = i + 1;
        while (j < segEnd && isDigitCode(text.charCodeAt(j))) j++;
        let poss = false;
        let next = j;
        if (
          j < segEnd &&
          isApostrophe(text.charCodeAt(j)) &&
          (text[j + 1] === "s" || text[j + 1] === "S") &&
          !isLetterCode(text.charCodeAt(j + 2))
        ) {
          poss = true;
          next = j + 2;
        }
        push(i, j, text.slice(i, j), "num", poss, false, false);
        i = next;
        continue;
      }
      if (c === 38) {
        push(i, i + 1, "and", "word", false, false, false);
        i++;
        continue;
      }
      // Hyphens and slashes glued between two words join them: "looked-after" reads as "looked after".
      if (
        (c === 45 || c === 0x2010 || c === 0x2011) &&
        sp === 0 &&
        tokens.length > 0 &&
        isLetterCode(text.charCodeAt(i + 1)) &&
        isLetterCode(text.charCodeAt(i - 1))
      ) {
        sp = 1;
        i++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        // A surrogate pair (emoji and the like): one opaque punctuation token.
        push(i, Math.min(i + 2, segEnd), "~", "punct", false, false, false);
        i += 2;
        continue;
      }
      const ch = text[i]!;
      push(i, i + 1, PUNCT_NORM.get(ch) ?? ch, "punct", false, false, false);
      i++;
    }
  }
  return tokens;
}
