import {
  cover,
  report,
  spanOf,
  type GradeMention,
  type ParseContext,
} from "../internal/context";
import {
  AFTER_GRADE_OK,
  BEFORE_GRADE_BAD,
  areaTrie,
  gradeTrie,
} from "../internal/lexicon";
import { phraseStarts, STARTS_GRADE } from "../internal/phrase-starts";
import { matchAt } from "../internal/phrase-trie";
import type { Token } from "../internal/tokenize";

const QUOTES = new Set(['"', "'"]);
const TIME_SPANS = new Set(["year", "years", "decade", "decades"]);
const RATED = new Set([
  "rated",
  "judged",
  "graded",
  "deemed",
  "declared",
  "labelled",
  "branded",
  "as",
]);

function nextWord(
  tokens: readonly Token[],
  i: number,
): { token: Token; index: number } | undefined {
  let j = i;
  while (j < tokens.length && QUOTES.has(tokens[j]!.norm)) j++;
  const t = tokens[j];
  return t ? { token: t, index: j } : undefined;
}

function prevIndex(tokens: readonly Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && QUOTES.has(tokens[j]!.norm)) j--;
  return j;
}

function prevWord(tokens: readonly Token[], i: number): Token | undefined {
  return tokens[prevIndex(tokens, i)];
}

/** A grade phrase ends within a few words before token `at`, on the same line. */
function gradeShortlyBefore(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 6); j--) {
    if (tokens[j + 1]!.nl > 0) return false;
    const m = matchAt(gradeTrie(), tokens, j);
    if (m && m.end <= at) return true;
  }
  return false;
}

/** A grade word used as a praise adjective: "good support", "outstanding commitment". */
function isAdjective(
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  const next = nextWord(tokens, end);
  const prev = prevWord(tokens, start);
  if (
    prev &&
    prev.kind === "word" &&
    BEFORE_GRADE_BAD.has(prev.norm) &&
    prev.nl === 0
  )
    return true;
  if (prev?.norm === "as" && next?.token.norm === "as") return true;
  if (!next || next.token.kind !== "word" || next.token.nl > 0) return false;
  // "rated good with outstanding leadership": after a grade, "with" a grade and an area grades it.
  if (
    prev?.norm === "with" &&
    matchAt(areaTrie(), tokens, next.index) !== undefined &&
    gradeShortlyBefore(tokens, prevIndex(tokens, start))
  )
    return false;
  const w = next.token;
  if (AFTER_GRADE_OK.has(w.norm)) {
    // "good and outstanding schools": a coordinated pair is judged by what follows the second word.
    if (w.norm === "and" || w.norm === "or") {
      const second = matchAt(gradeTrie(), tokens, next.index + 1);
      if (second)
        return (
          isAdjective(tokens, second.start, second.end) &&
          !AFTER_GRADE_OK.has(nextWord(tokens, second.end)?.token.norm ?? "")
        );
    }
    return false;
  }
  // A capitalised word after the grade starts a new name or title-case headline word.
  if (w.cap && tokens[end - 1]!.cap) return false;
  return true;
}

/**
 * Finds grade phrases ("good", "Requires Improvement to be Good", "RI2BG", "the highest possible
 * rating", "Ofsted's lowest rating") and drops those used as praise adjectives ("good practice",
 * "outstanding commitment", "very good"). "failing" counts only right after "rated"/"judged".
 */
const DEFINES = new Set(["means", "meant", "indicates", "signifies"]);
const RANGE_ENDS = new Set([
  "better",
  "above",
  "higher",
  "worse",
  "below",
  "lower",
]);

export function extractGrades(ctx: ParseContext): void {
  const { tokens } = ctx;
  const found: GradeMention[] = [];
  const starts = phraseStarts(tokens);
  let i = 0;
  while (i < tokens.length) {
    const m =
      starts[i]! & STARTS_GRADE ? matchAt(gradeTrie(), tokens, i) : undefined;
    if (!m) {
      i++;
      continue;
    }
    const value = m.entry.value;
    i = m.end;
    if (
      value.form === "word" &&
      !value.predicate &&
      isAdjective(tokens, m.start, m.end)
    )
      continue;
    // "its best rating since 2013", "the highest grade in a decade": a comparison, not a grade.
    if (value.form === "superlative") {
      const n1 = tokens[m.end]?.norm;
      const n2 = tokens[m.end + 1]?.norm;
      if (
        // "the second highest grade" is not the top one.
        /^(?:second|third|next)$/.test(tokens[m.start - 1]?.norm ?? "") ||
        n1 === "since" ||
        n1 === "ever" ||
        n1 === "yet" ||
        (n1 === "in" &&
          (n2 === "a" ||
            n2 === "years" ||
            TIME_SPANS.has(tokens[m.end + 2]?.norm ?? ""))) ||
        (n1 === "for" && TIME_SPANS.has(tokens[m.end + 2]?.norm ?? ""))
      )
        continue;
    }
    if (value.form === "failing") {
      const k1 = prevIndex(tokens, m.start);
      const p1 = tokens[k1];
      const p2 = k1 >= 0 ? prevWord(tokens, k1) : undefined;
      if (!(p1 && RATED.has(p1.norm)) && !(p2 && RATED.has(p2.norm))) continue;
    }
    const before = tokens[m.start - 1];
    const after = tokens[m.end];
    const first = tokens[m.start]!;
    const sentenceStart =
      !before || before.nl > 0 || [".", "!", "?", ":"].includes(before.norm);
    const marked =
      (before !== undefined && QUOTES.has(before.norm)) ||
      (after !== undefined && QUOTES.has(after.norm)) ||
      (first.cap && !sentenceStart) ||
      first.caps;
    found.push({
      start: m.start,
      end: m.end,
      grade: value.grade,
      form: value.form,
      predicate: value.predicate === true,
      marked,
    });
  }
  // "good or better", "good or outstanding": a range of grades, never one judgement.
  const ranged = new Set<number>();
  for (let k = 0; k < found.length; k++) {
    const g = found[k]!;
    // "requires improvement to be good means the service is not yet good": a grade defined.
    if (DEFINES.has(tokens[g.end]?.norm ?? "")) {
      ranged.add(k);
      report(
        ctx,
        "extract-grades",
        "info",
        "a grade defined, not given",
        spanOf(ctx, g.start, g.end + 1),
      );
      continue;
    }
    if (tokens[g.end]?.norm !== "or") continue;
    const next = found[k + 1];
    let end = -1;
    if (next && next.start === g.end + 1) {
      ranged.add(k);
      ranged.add(k + 1);
      end = next.end;
    } else if (RANGE_ENDS.has(tokens[g.end + 1]?.norm ?? "")) {
      ranged.add(k);
      end = g.end + 2;
    }
    if (end > 0)
      report(
        ctx,
        "extract-grades",
        "info",
        "a range of grades, not a judgement",
        spanOf(ctx, g.start, end),
      );
  }
  // A wrapped table cell can leave "to be good" apart from its "Requires improvement": not a grade.
  const kept = found.filter((g, k) => {
    if (ranged.has(k)) return false;
    if (g.grade !== "good" || g.form !== "word") return true;
    const p1 = tokens[g.start - 1];
    const p2 = tokens[g.start - 2];
    if (p1?.norm !== "be" || p2?.norm !== "to") return true;
    const prior = found[k - 1];
    return !(
      prior &&
      prior.grade === "requires-improvement" &&
      g.start - prior.end <= 12
    );
  });
  ctx.grades = kept;
  cover(ctx.gradeAt, ctx.grades);
}
