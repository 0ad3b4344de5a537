import type { Area, Grade } from "@csi/domain";
import { anchorsIn, isSinceAnchor } from "../internal/attach";
import {
  cueAtToken,
  cueIn,
  hasCue,
  report,
  sentenceSpan,
  spanOf,
  type ParseContext,
  type When,
} from "../internal/context";
import { resolveRef } from "../internal/referents";

const RULE = "extract-council-tables";
const SEPARATORS = new Set(["|", ",", "-", ":"]);
const COUNCIL_HEADINGS = new Set([
  "council",
  "councils",
  "authority",
  "authorities",
  "local",
  "la",
]);
const GRADE_HEADINGS = new Set([
  "grade",
  "grades",
  "rating",
  "ratings",
  "judgement",
  "judgment",
  "outcome",
  "result",
  "verdict",
]);
/** How far above a row its header may be (rows in between). */
const MAX_ROWS = 60;

interface Row {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly gradeMention: number;
}

/** A table row: a council's name in its first cell and a grade in its last. */
function rowOf(ctx: ParseContext, si: number): Row | undefined {
  const s = ctx.sentences[si]!;
  const n = ctx.nameAt[s.start]!;
  if (n < 0) return undefined;
  const name = ctx.names[n]!;
  if (name.kind !== "authority" && name.kind !== "body") return undefined;
  let last = s.end - 1;
  while (last > name.end && SEPARATORS.has(ctx.tokens[last]!.norm)) last--;
  const g = ctx.gradeAt[last]!;
  if (g < 0 || ctx.grades[g]!.end !== last + 1) return undefined;
  const grade = ctx.grades[g]!;
  // The grade is a cell of its own: a column gap or a separator before it.
  const first = ctx.tokens[grade.start]!;
  const before = ctx.tokens[grade.start - 1]!;
  if (!first.cell && !SEPARATORS.has(before.norm) && before.norm !== "\t")
    return undefined;
  // Nothing else graded or named in between: one council, one grade per row.
  for (let k = name.end; k < grade.start; k++)
    if (ctx.gradeAt[k]! >= 0 || ctx.nameAt[k]! >= 0) return undefined;
  return { nameStart: name.start, nameEnd: name.end, gradeMention: g };
}

/** The area a header row's last column names, or `undefined` when the row is no table header. */
function headerArea(ctx: ParseContext, si: number): Area | undefined {
  const s = ctx.sentences[si]!;
  if (!COUNCIL_HEADINGS.has(ctx.tokens[s.start]!.norm)) return undefined;
  let last = s.end - 1;
  while (last > s.start && SEPARATORS.has(ctx.tokens[last]!.norm)) last--;
  for (let k = s.start; k <= last; k++)
    if (ctx.gradeAt[k]! >= 0 || ctx.nameAt[k]! >= 0) return undefined;
  const a = ctx.areaAt[last]!;
  if (a >= 0) {
    const areas = ctx.areas[a]!.areas;
    return areas.length === 1 ? areas[0] : undefined;
  }
  const t = ctx.tokens[last]!;
  if (GRADE_HEADINGS.has(t.norm) || hasCue(ctx, last, "rating-noun"))
    return "overall-effectiveness";
  return undefined;
}

/** A tab, or three spaces in a row, in `text[from, to)`: a gap between two table cells. */
function wideGap(text: string, from: number, to: number): boolean {
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) return true;
    spaces = c === 32 ? spaces + 1 : 0;
    if (spaces >= 3) return true;
  }
  return false;
}

/** Some token of the line is a council column's heading word. */
function namesCouncilColumn(ctx: ParseContext, line: Cell): boolean {
  for (let k = line.start; k < line.end; k++)
    if (COUNCIL_HEADINGS.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

/** A cell of a table row: tokens `[start, end)`. */
interface Cell {
  readonly start: number;
  readonly end: number;
}

/** The token ranges of the text's lines (rows), in reading order. */
function linesOf(ctx: ParseContext): Cell[] {
  const lines: Cell[] = [];
  let start = 0;
  for (let k = 1; k <= ctx.tokens.length; k++) {
    if (
      k === ctx.tokens.length ||
      ctx.tokens[k]!.row !== ctx.tokens[k - 1]!.row
    ) {
      lines.push({ start, end: k });
      start = k;
    }
  }
  return ctx.tokens.length ? lines : [];
}

/**
 * The cells of a line read as a table row: split at "|" or at a column gap (a tab, or three or more
 * spaces, as HTML tables and PDF text give them).
 */
function cellsOf(ctx: ParseContext, line: Cell): Cell[] {
  const cells: Cell[] = [];
  let start = line.start;
  for (let k = line.start; k < line.end; k++) {
    const t = ctx.tokens[k]!;
    if (t.norm === "|") {
      if (k > start) cells.push({ start, end: k });
      start = k + 1;
      continue;
    }
    if (k > start && wideGap(ctx.text, ctx.tokens[k - 1]!.end, t.start)) {
      cells.push({ start, end: k });
      start = k;
    }
  }
  if (start < line.end) cells.push({ start, end: line.end });
  return cells;
}

const LEAD_COLUMNS = /^(?:region|regions|area|rank|no|number|position|#)$/;
const DATE_HEADINGS =
  /^(?:inspected|inspection|inspection dates?|dates?|when|fieldwork|inspection date|date inspected)$/;

/** What a column of a multi-column header holds: a graded area, the inspection dates, or neither. */
type Column =
  | { readonly kind: "area"; readonly area: Area }
  | { readonly kind: "date" }
  | { readonly kind: "other" };

function words(ctx: ParseContext, c: Cell): string {
  return ctx.tokens
    .slice(c.start, c.end)
    .map((t) => t.norm)
    .join(" ");
}

/**
 * The sentence before a table's header (its caption or lead-in: "The table shows the grades of
 * schools in each council area") names a school, home or other service.
 */
function captionTrapped(ctx: ParseContext, headerStart: number): boolean {
  const si = ctx.sentenceOf[headerStart]! - 1;
  if (si < 0) return false;
  const s = ctx.sentences[si]!;
  return (
    cueIn(ctx, s.start, s.end, "trap") ||
    cueIn(ctx, s.start, s.end, "trap-weak")
  );
}

/** A line of nothing but dashes, bars and colons (a Markdown table's rule). */
function rule(ctx: ParseContext, line: Cell): boolean {
  for (let k = line.start; k < line.end; k++)
    if (!/^[-|:=+]$/.test(ctx.tokens[k]!.norm)) return false;
  return true;
}

/** The area a header cell names ("Overall", "Leaders", "Help & protection", "Children in care"). */
function columnOf(ctx: ParseContext, c: Cell): Column {
  const w = words(ctx, c);
  if (DATE_HEADINGS.test(w)) return { kind: "date" };
  if (
    /^overall(?: effectiveness| grade| judgement| judgment| rating)?$/.test(
      w,
    ) ||
    (c.end - c.start === 1 && GRADE_HEADINGS.has(w))
  )
    return { kind: "area", area: "overall-effectiveness" };
  // One area phrase covering the cell.
  let k = c.start;
  while (k < c.end && ctx.tokens[k]!.norm === "the") k++;
  const a = ctx.areaAt[k]!;
  if (a >= 0) {
    const m = ctx.areas[a]!;
    if (m.start === k && m.end === c.end && m.areas.length === 1)
      return { kind: "area", area: m.areas[0]! };
    if (m.start === k && m.end === c.end && m.areas.length === 2)
      return { kind: "area", area: "children-in-care-and-care-leavers" };
  }
  return { kind: "other" };
}

/** Abbreviations defined in a legend line near the table ("RI = requires improvement to be good", "G: Good, O: Outstanding"). */
function legendNear(
  ctx: ParseContext,
  lines: readonly Cell[],
  from: number,
  to: number,
): Map<string, Grade> {
  const legend = new Map<string, Grade>();
  for (let li = Math.max(0, from); li < Math.min(lines.length, to); li++) {
    const line = lines[li]!;
    if (ctx.masked[ctx.sentenceOf[line.start]!]) continue;
    for (let k = line.start; k + 2 < line.end; k++) {
      const t = ctx.tokens[k]!;
      const sep = ctx.tokens[k + 1]!.norm;
      const g = ctx.gradeAt[k + 2]!;
      if (
        g >= 0 &&
        ctx.grades[g]!.start === k + 2 &&
        (sep === "=" || sep === ":" || sep === "-") &&
        t.kind === "word" &&
        /^[A-Z]{1,4}\d?$/.test(ctx.text.slice(t.start, t.end)) &&
        (k === line.start || /^(?:,|;|:|\(|and)$/.test(ctx.tokens[k - 1]!.norm))
      )
        legend.set(ctx.text.slice(t.start, t.end), ctx.grades[g]!.grade);
    }
  }
  return legend;
}

/** The grade a row cell holds: a grade phrase filling the cell, or an abbreviation from the legend. */
function gradeOfCell(
  ctx: ParseContext,
  c: Cell,
  legend: ReadonlyMap<string, Grade>,
): Grade | undefined {
  const g = ctx.gradeAt[c.start]!;
  if (g >= 0) {
    const m = ctx.grades[g]!;
    if (m.start === c.start && m.end === c.end) return m.grade;
    return undefined;
  }
  if (c.end - c.start !== 1) return undefined;
  const t = ctx.tokens[c.start]!;
  return legend.get(ctx.text.slice(t.start, t.end));
}

/**
 * Reads tables with a column per graded area ("Council | Inspected | Overall | Leaders | Help &
 * protection | Children in care | Care leavers"): each row whose first cell is a council and whose
 * cells line up with the header's gives one grade per area column, dated by the row's date column.
 * Abbreviated grades count when the text defines them ("RI = requires improvement to be good").
 * Returns the sentences read.
 */
function readAreaColumnTables(ctx: ParseContext): Set<number> {
  const read = new Set<number>();
  const lines = linesOf(ctx);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (ctx.masked[ctx.sentenceOf[line.start]!]) continue;
    // A header has a council column: most lines have no heading word at all.
    if (!namesCouncilColumn(ctx, line)) continue;
    const header = cellsOf(ctx, line);
    // The council column: the first headed "Council", "Local authority" (often the first of all).
    const col = header.findIndex((c) =>
      COUNCIL_HEADINGS.has(ctx.tokens[c.start]!.norm),
    );
    if (header.length < 2 || col < 0) continue;
    // Only a region or a rank may come before it: a first column of schools or homes ("School |
    // Local authority | Grade") grades those, not the councils.
    if (header.slice(0, col).some((c) => !LEAD_COLUMNS.test(words(ctx, c))))
      continue;
    let trapped = captionTrapped(ctx, line.start);
    let plain = true;
    for (let k = line.start; k < line.end; k++) {
      if (hasCue(ctx, k, "trap")) trapped = true;
      if (ctx.gradeAt[k]! >= 0 || ctx.nameAt[k]! >= 0) plain = false;
    }
    if (!plain) continue;
    const columns = header.map((c) => columnOf(ctx, c));
    const graded = columns.filter((c) => c.kind === "area");
    if (graded.length < 1 || columns[col]!.kind !== "other") continue;
    // The rows: consecutive lines with as many cells, a council in the council column.
    const rows: Cell[][] = [];
    let end = li + 1;
    for (; end < lines.length && end - li <= MAX_ROWS; end++) {
      // "|---|---|": a rule under the header.
      if (rule(ctx, lines[end]!)) continue;
      const cells = cellsOf(ctx, lines[end]!);
      if (cells.length !== header.length) break;
      if (ctx.masked[ctx.sentenceOf[lines[end]!.start]!]) break;
      const n = ctx.nameAt[cells[col]!.start]!;
      if (n < 0 || ctx.names[n]!.start !== cells[col]!.start) break;
      rows.push(cells);
    }
    li = end - 1;
    if (rows.length === 0) continue;
    if (trapped) {
      report(
        ctx,
        RULE,
        "info",
        "table skipped: its header or caption names a school, home or other service",
      );
      continue;
    }
    const legend = legendNear(ctx, lines, li - rows.length - 3, end + 4);
    for (const cells of rows) {
      const first = cells[col]!;
      const rowLine = {
        start: cells[0]!.start,
        end: cells[cells.length - 1]!.end,
      };
      const sentence = ctx.sentenceOf[first.start]!;
      const name = ctx.names[ctx.nameAt[first.start]!]!;
      if (name.kind !== "authority" && name.kind !== "body") continue;
      // Nothing but the name (and "Council") in its cell.
      const rest = ctx.tokens
        .slice(name.end, first.end)
        .map((t) => t.norm)
        .join(" ");
      if (
        !/^(?:(?:city |county |borough |metropolitan borough )?council)?(?: ?\*| \d)?$/.test(
          rest,
        )
      )
        continue;
      const ref = resolveRef(ctx, sentence, name.start, "name");
      if (ref.kind !== "authorities") {
        report(ctx, RULE, "info", `table row skipped: ${ref.reason}`);
        continue;
      }
      const dateCell = cells.find((_, i) => columns[i]!.kind === "date");
      const date = anchorsIn(
        ctx,
        dateCell ? dateCell.start : first.end,
        dateCell ? dateCell.end : rowLine.end,
      ).find((a) => !isSinceAnchor(ctx, a, rowLine.start));
      const when: When = date ? { kind: "date", date } : { kind: "current" };
      // A date column ("Inspected", "Inspection dates") says when that council was inspected: the
      // date of the inspection the text reports for it.
      if (date && dateCell)
        ctx.dateStatements.push({
          authorities: ref.authorities,
          date,
          span: spanOf(ctx, rowLine.start, rowLine.end),
          sentence,
        });
      const byGrade = new Map<Grade, Area[]>();
      cells.forEach((cell, i) => {
        const column = columns[i]!;
        if (column.kind !== "area") return;
        const grade = gradeOfCell(ctx, cell, legend);
        if (!grade) return;
        byGrade.set(grade, [...(byGrade.get(grade) ?? []), column.area]);
      });
      for (const [grade, areas] of byGrade)
        ctx.judgements.push({
          grade,
          area: { kind: "areas", areas },
          authorities: ref.authorities,
          when,
          evidence: [
            spanOf(ctx, rowLine.start, rowLine.end),
            spanOf(ctx, line.start, line.end),
          ],
          confidence: 3,
          ruleId: RULE,
          sentence,
          eventful: true,
        });
      if (byGrade.size) read.add(sentence);
    }
  }
  return read;
}

/**
 * Reads tables with a row per council under a header row ("Council | Inspection dates | Overall
 * effectiveness", "Local authority   Grade"): each row's grade is the header's area for the council in
 * its first cell, dated by the row's own date (else the reported inspection). Rows another extractor
 * already read are left alone; a table of schools or homes never matches (their names are no
 * councils), and the header must name a council column and a graded area or a grade column.
 */
export function extractCouncilTables(ctx: ParseContext): void {
  if (!ctx.inspectionContext) return;
  const before = ctx.judgements.length;
  const columns = readAreaColumnTables(ctx);
  // A row read column by column supersedes a looser reading of the same row as prose ("Torbay 13 -
  // 24 Nov 2023 RI RI I RI RI" is not an overall grade of RI).
  if (columns.size)
    ctx.judgements = ctx.judgements.filter(
      (j, i) => i >= before || !columns.has(j.sentence) || j.confidence >= 3,
    );
  const done = new Set(ctx.judgements.map((j) => j.sentence));
  let header: { sentence: number; area: Area } | undefined;
  let trapped = false;
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.masked[si]) continue;
    const area = headerArea(ctx, si);
    if (area) {
      header = { sentence: si, area };
      const s = ctx.sentences[si]!;
      trapped = captionTrapped(ctx, s.start);
      for (let k = s.start; k < s.end; k++)
        if (cueAtToken(ctx, k)?.kinds.has("trap")) trapped = true;
      continue;
    }
    const row = rowOf(ctx, si);
    if (!row) {
      // Prose after the header or the last row ends the table.
      header = undefined;
      continue;
    }
    if (!header || si - header.sentence > MAX_ROWS || trapped) continue;
    if (done.has(si)) continue;
    const ref = resolveRef(ctx, si, row.nameStart, "name");
    if (ref.kind !== "authorities") {
      report(ctx, RULE, "info", `table row skipped: ${ref.reason}`);
      continue;
    }
    const s = ctx.sentences[si]!;
    const date = anchorsIn(ctx, row.nameEnd, s.end).find(
      (a) => !isSinceAnchor(ctx, a, s.start),
    );
    const when: When = date ? { kind: "date", date } : { kind: "current" };
    const grade = ctx.grades[row.gradeMention]!;
    ctx.judgements.push({
      grade: grade.grade,
      area: { kind: "areas", areas: [header.area] },
      authorities: ref.authorities,
      when,
      evidence: [sentenceSpan(ctx, si)],
      confidence: 3,
      ruleId: RULE,
      sentence: si,
      eventful: true,
    });
  }
}
