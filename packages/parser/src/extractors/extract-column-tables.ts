import type { Area } from "@csi/domain";
import {
  cueAtToken,
  report,
  spanOf,
  type ParseContext,
} from "../internal/context";

const RULE = "extract-column-tables";
const LABEL_HEADINGS =
  /^(?:judgements?|judgments?|areas?|inspection judgements?)$/;
const GRADE_HEADINGS =
  /^(?:grades?|ratings?|judgements?|judgments?|outcomes?)$/;
const MAX_ROWS = 8;

/** Token `k` is a heading alone on its line whose word matches `re`. */
function headingAt(ctx: ParseContext, k: number, re: RegExp): boolean {
  const t = ctx.tokens[k];
  if (!t || (k > 0 && t.nl === 0) || !re.test(t.norm)) return false;
  const next = ctx.tokens[k + 1];
  return next === undefined || next.nl > 0 || next.norm === ":";
}

/** Skips list punctuation between rows; the index of the next content token. */
function skipPunct(ctx: ParseContext, k: number): number {
  while (k < ctx.tokens.length && /^[.:;,|]$/.test(ctx.tokens[k]!.norm)) k++;
  return k;
}

/**
 * Reads a judgement table that PDF text extraction split into columns: a "Judgement" heading over a
 * run of area labels, one per line, then a "Grade" heading over as many grade lines. Labels and grades
 * pair up in order; nothing is read unless both runs have the same length. The council is the one the
 * document is about at that point (a report's title).
 */
export function extractColumnTables(ctx: ParseContext): void {
  if (!ctx.inspectionContext) return;
  const { tokens } = ctx;
  for (let k = 0; k < tokens.length; k++) {
    if (!headingAt(ctx, k, LABEL_HEADINGS)) continue;
    const si = ctx.sentenceOf[k]!;
    if (ctx.masked[si]) continue;
    // A run of area labels, each starting a line.
    const areas: { area: Area; start: number; end: number }[] = [];
    let j = skipPunct(ctx, k + 1);
    while (j < tokens.length && areas.length < MAX_ROWS) {
      if (tokens[j]!.nl === 0) break;
      // "The experiences and progress of care leavers": the label may open with "The".
      const at = tokens[j]!.norm === "the" && ctx.areaAt[j]! < 0 ? j + 1 : j;
      const a = ctx.areaAt[at]!;
      if (a < 0) break;
      const m = ctx.areas[a]!;
      if (m.start !== at || m.areas.length !== 1) break;
      areas.push({ area: m.areas[0]!, start: j, end: m.end });
      j = skipPunct(ctx, m.end);
    }
    if (areas.length < 2 || !headingAt(ctx, j, GRADE_HEADINGS)) continue;
    // As many grades, each on its own line.
    const grades: number[] = [];
    let g = skipPunct(ctx, j + 1);
    while (g < tokens.length && grades.length <= areas.length) {
      const gi = ctx.gradeAt[g]!;
      if (gi < 0 || tokens[g]!.nl === 0) break;
      const m = ctx.grades[gi]!;
      if (m.start !== g) break;
      grades.push(gi);
      g = skipPunct(ctx, m.end);
    }
    if (grades.length !== areas.length) {
      report(
        ctx,
        RULE,
        "info",
        `a judgement column of ${areas.length} labels but ${grades.length} grades: not paired`,
        spanOf(ctx, k, k + 1),
      );
      continue;
    }
    const topic = ctx.topic[si];
    if (topic?.kind !== "authorities") continue;
    let trap = false;
    for (let t = k; t < g; t++)
      if (cueAtToken(ctx, t)?.kinds.has("trap")) trap = true;
    if (trap) continue;
    areas.forEach((row, i) => {
      const mention = ctx.grades[grades[i]!]!;
      ctx.judgements.push({
        grade: mention.grade,
        area: { kind: "areas", areas: [row.area] },
        authorities: topic.authorities,
        when: { kind: "current" },
        evidence: [
          spanOf(ctx, row.start, row.end),
          spanOf(ctx, mention.start, mention.end),
        ],
        confidence: 3,
        ruleId: RULE,
        sentence: ctx.sentenceOf[row.start]!,
        eventful: true,
      });
    });
    k = g - 1;
  }
}
