import type { Area } from "@csi/domain";
import { anchorsIn, isSinceAnchor } from "../internal/attach";
import {
  cueAtToken,
  hasCue,
  report,
  sentenceSpan,
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

/**
 * Reads tables with a row per council under a header row ("Council | Inspection dates | Overall
 * effectiveness", "Local authority   Grade"): each row's grade is the header's area for the council in
 * its first cell, dated by the row's own date (else the reported inspection). Rows another extractor
 * already read are left alone; a table of schools or homes never matches (their names are no
 * councils), and the header must name a council column and a graded area or a grade column.
 */
export function extractCouncilTables(ctx: ParseContext): void {
  if (!ctx.inspectionContext) return;
  const done = new Set(ctx.judgements.map((j) => j.sentence));
  let header: { sentence: number; area: Area } | undefined;
  let trapped = false;
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.masked[si]) continue;
    const area = headerArea(ctx, si);
    if (area) {
      header = { sentence: si, area };
      const s = ctx.sentences[si]!;
      trapped = false;
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
