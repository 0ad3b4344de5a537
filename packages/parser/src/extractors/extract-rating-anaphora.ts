import { areaPartAt, toAreaSpec, type AreaPart } from "../internal/attach";
import {
  cueAtToken,
  report,
  sentenceSpan,
  type JudgementCandidate,
  type ParseContext,
} from "../internal/context";

const RULE = "extract-rating-anaphora";
const LOOKBACK = 5;
const CONNECTORS = new Set([
  "was",
  "is",
  "were",
  "are",
  "for",
  "relates",
  "related",
  "relate",
  "covers",
  "covered",
  "cover",
  "applies",
  "applied",
  "apply",
  "includes",
  "included",
  "include",
  "spans",
  "spanned",
  "to",
  "also",
  "given",
]);
const OPENERS = new Set([
  "the",
  "but",
  "and",
  "however",
  "this",
  '"',
  "'",
  ",",
]);

function antecedent(
  bySentence: ReadonlyMap<number, JudgementCandidate[]>,
  sentence: number,
  lookback: number,
): JudgementCandidate[] {
  for (let s = sentence - 1; s >= Math.max(0, sentence - lookback); s--) {
    const found = bySentence.get(s);
    if (found?.length) return found;
  }
  return [];
}

function areaPartsFrom(
  ctx: ParseContext,
  sentence: number,
  from: number,
): AreaPart[] {
  const s = ctx.sentences[sentence]!;
  const parts: AreaPart[] = [];
  for (let k = from; k < s.end; k++) {
    if (ctx.gradeAt[k]! >= 0) return [];
    const part = areaPartAt(ctx, sentence, k);
    if (part) {
      parts.push(part);
      k = part.end - 1;
    }
  }
  return parts;
}

/**
 * Reads sentences that point back to a grade given just before: "The rating was for leadership,
 * child protection, supporting those in care and leaving care, as well as for overall effectiveness",
 * "The judgment relates to all areas of children's services", "So was leadership, management and
 * governance". The grade, council and time come from the earlier statement; the areas from this one.
 */
export function extractRatingAnaphora(ctx: ParseContext): void {
  const bySentence = new Map<number, JudgementCandidate[]>();
  for (const j of ctx.judgements) {
    const list = bySentence.get(j.sentence) ?? [];
    list.push(j);
    bySentence.set(j.sentence, list);
  }
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.masked[si]) continue;
    const s = ctx.sentences[si]!;
    let k = s.start;
    while (k < s.end && OPENERS.has(ctx.tokens[k]!.norm) && k - s.start < 3)
      k++;
    const cue = cueAtToken(ctx, k);
    let from = -1;
    let lookback = LOOKBACK;
    if (
      cue &&
      cue.kinds.has("anaphor") &&
      (cue.start === k || cue.start >= s.start) &&
      cue.start - s.start <= 3
    ) {
      const after = ctx.tokens[cue.end];
      if (after && CONNECTORS.has(after.norm)) from = cue.end;
    } else if (cue && cue.kinds.has("same-as") && cue.start - s.start <= 2) {
      from = cue.end;
      lookback = 1;
    }
    if (from < 0) continue;
    let hasGrade = false;
    for (let j = s.start; j < s.end; j++)
      if (ctx.gradeAt[j]! >= 0) hasGrade = true;
    if (hasGrade) continue;
    const parts = areaPartsFrom(ctx, si, from);
    const spec = toAreaSpec(parts, si);
    if (!spec) continue;
    const earlier = antecedent(bySentence, si, lookback);
    const last = earlier[earlier.length - 1];
    if (!last) {
      report(
        ctx,
        RULE,
        "info",
        "a rating is referred to, but no grade precedes it",
        sentenceSpan(ctx, si),
      );
      continue;
    }
    const candidate: JudgementCandidate = {
      grade: last.grade,
      area: spec,
      authorities: last.authorities,
      when: last.when,
      evidence: [sentenceSpan(ctx, si), ...last.evidence],
      confidence: 2,
      ruleId: RULE,
      sentence: si,
    };
    ctx.judgements.push(candidate);
    bySentence.set(si, [...(bySentence.get(si) ?? []), candidate]);
  }
}
