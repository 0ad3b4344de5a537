import type { Area, Grade } from "@csi/domain";
import {
  unitsBack,
  anchorsIn,
  chainForward,
  relativeAfterArea,
  isSinceAnchor,
  areaPartAt,
  backwardAreas,
  clauseBounds,
  clauseInitialAreas,
  findReferent,
  findWhen,
  forwardAreas,
  relativeClauses,
  toAreaSpec,
  type AreaPart,
} from "../internal/attach";
import {
  cueAtToken,
  cueIn,
  hasCue,
  report,
  sentenceSpan,
  spanOf,
  type AreaSpec,
  type DateMentionR,
  type GradeMention,
  type JudgementCandidate,
  type ParseContext,
  type When,
} from "../internal/context";
import { AVOIDANCE_VERBS, OVERALL_SUBJECTS } from "../internal/lexicon";
import { isObliqueRun, runEntity, subjectRun } from "../internal/referents";
import type { Span } from "../types";

const RULE = "extract-grade-statements";
// Words the rules below match token norms against exactly.
const JUDGEMENT_NOUNS = new Set(["judgement", "judgment", "grade", "rating"]);
const SUBJECT_JUDGEMENT_NOUNS = new Set([
  ...JUDGEMENT_NOUNS,
  "judgements",
  "judgments",
  "grades",
  "ratings",
]);
const LIST_FILLERS = new Set([
  "to",
  "be",
  "all",
  "both",
  "each",
  "as",
  "'",
  '"',
]);
const GENERIC_SUBJECT_VERBS = new Set([
  "is",
  "are",
  "does",
  "do",
  "means",
  "can",
  "may",
  "tells",
  "says",
]);
const RESTATEMENT_GAP = new Set(["of", ",", "-", ":", "'", '"']);
const NOUN_DETERMINERS = new Set(["a", "an", "the", "its", "their"]);
const IS_ARE = new Set(["is", "are"]);
const REQUIRES = new Set(["require", "requires"]);
const QUOTES = new Set(['"', "'"]);
const NO_WORDS: ReadonlySet<string> = new Set();
// Token norms fold dashes to "-" and bullet marks to "*".
const COUNCIL_LABEL_SEPARATORS = new Set([":", "-"]);
const BULLET_MARKS = new Set(["*", "-"]);
const LABEL_SEPARATORS = new Set([":", "-", "|", "*", "=", "(", ")"]);
const LABEL_FILLERS = new Set([
  "services",
  "service",
  "support",
  "work",
  "performance",
  "arrangements",
  "provision",
]);
const SUBJECT_ADVERBS = new Set([
  "also",
  "still",
  "now",
  "both",
  "all",
  "each",
  "currently",
  "again",
  "too",
  "overall",
  "themselves",
  "itself",
]);

/** A grade, or "the same grade" standing for the previous one. */
interface GradeItem {
  readonly start: number;
  readonly end: number;
  readonly grade: Grade;
  readonly mention: GradeMention | undefined;
  /** "the same overall judgement": the area named inside the phrase. */
  readonly area?: AreaPart;
}

/** What an earlier sentence produced, for "Its child protection ... was rated good" follow-ups. */
interface SentenceFacts {
  readonly paragraph: number;
  readonly gss: string;
  readonly dates: ReadonlySet<DateMentionR>;
}

function prevSignificant(
  ctx: ParseContext,
  i: number,
  lower: number,
  skip: ReadonlySet<string>,
): number {
  let j = i - 1;
  while (j >= lower) {
    const t = ctx.tokens[j]!;
    if (
      skip.has(t.norm) ||
      QUOTES.has(t.norm) ||
      (t.kind === "num" && t.norm.length <= 2 && !t.cap)
    )
      j--;
    else break;
  }
  return j;
}

function areaEndsAt(ctx: ParseContext, j: number): boolean {
  // "The Local Safeguarding Children Board (LSCB) is good": an acronym in brackets after the area.
  if (ctx.tokens[j]?.norm === ")" && j > 0 && ctx.areaAt[j - 1]! >= 0)
    return areaEndsAt(ctx, j - 1);
  const a = ctx.areaAt[j]!;
  if (a >= 0 && ctx.areas[a]!.end === j + 1) return true;
  const cue = cueAtToken(ctx, j);
  return (
    cue !== undefined &&
    cue.end === j + 1 &&
    (cue.kinds.has("area-ref") ||
      cue.kinds.has("all-areas") ||
      cue.kinds.has("count-areas"))
  );
}

function subjectHeadOk(ctx: ParseContext, j: number): boolean {
  if (j < 0) return false;
  if (areaEndsAt(ctx, j)) return true;
  // "Its help and protection work was outstanding": a service noun after the area.
  if (LABEL_FILLERS.has(ctx.tokens[j]!.norm) && j > 0 && areaEndsAt(ctx, j - 1))
    return true;
  if (ctx.nameAt[j]! >= 0) return true;
  const t = ctx.tokens[j]!;
  if (OVERALL_SUBJECTS.has(t.norm)) return true;
  // "The judgement for the impact of leaders was outstanding"
  if (SUBJECT_JUDGEMENT_NOUNS.has(t.norm)) return true;
  const cue = cueAtToken(ctx, j);
  return (
    cue !== undefined &&
    (cue.kinds.has("council-ref") ||
      cue.kinds.has("pronoun") ||
      cue.kinds.has("plural-pronoun") ||
      cue.kinds.has("group-ref"))
  );
}

const REGION_BREAKS = new Set([
  ",",
  ":",
  "that",
  "which",
  "who",
  "said",
  "says",
  "found",
  "told",
  "and",
  "when",
  "where",
  "while",
  "whereas",
  "because",
  "after",
  "-",
]);
const HEAD_PREPOSITIONS = new Set([
  "of",
  "in",
  "for",
  "at",
  "with",
  "from",
  "within",
  "on",
  "across",
  "to",
  "by",
]);

/**
 * The head word of the subject ending before `verbStart`: the word before the first preposition
 * ("services" in "Children's services in Sefton are"), or the word before a ", which" relative.
 * "areas that require improvement" has no acceptable head.
 */
function subjectHead(
  ctx: ParseContext,
  clauseStart: number,
  verbStart: number,
): number {
  const last = verbStart - 1;
  if (last < clauseStart) return -1;
  const lastNorm = ctx.tokens[last]!.norm;
  // "The review ..., which looked at ..., was also good": the subject is before the first comma.
  if (lastNorm === ",") {
    for (let k = clauseStart; k < last; k++)
      if (
        ctx.tokens[k]!.norm === "," &&
        ctx.areaAt[k]! < 0 &&
        ctx.nameAt[k]! < 0
      )
        return k > clauseStart ? subjectHead(ctx, clauseStart, k) : -1;
    return -1;
  }
  if (lastNorm === "which" || lastNorm === "who" || lastNorm === "that") {
    return ctx.tokens[last - 1]?.norm === "," && last - 2 >= clauseStart
      ? last - 2
      : -1;
  }
  let regionStart = clauseStart;
  for (let k = last - 1; k >= clauseStart; k--) {
    if (
      REGION_BREAKS.has(ctx.tokens[k]!.norm) &&
      ctx.areaAt[k]! < 0 &&
      ctx.nameAt[k]! < 0
    ) {
      regionStart = k + 1;
      break;
    }
  }
  for (let k = regionStart; k < verbStart; k++) {
    if (ctx.nameAt[k]! >= 0) {
      k = ctx.names[ctx.nameAt[k]!]!.end - 1;
      continue;
    }
    if (ctx.areaAt[k]! >= 0) {
      k = ctx.areas[ctx.areaAt[k]!]!.end - 1;
      continue;
    }
    const cue = cueAtToken(ctx, k);
    if (
      cue &&
      (cue.kinds.has("council-ref") ||
        cue.kinds.has("group-ref") ||
        cue.kinds.has("all-areas") ||
        cue.kinds.has("count-areas") ||
        cue.kinds.has("area-ref"))
    ) {
      k = cue.end - 1;
      continue;
    }
    if (HEAD_PREPOSITIONS.has(ctx.tokens[k]!.norm) && k > regionStart)
      return k - 1;
    // "the help and protection offered to children was good": a participle after an area.
    if (
      ctx.tokens[k]!.norm.endsWith("ed") &&
      k > regionStart &&
      ctx.areaAt[k - 1]! >= 0 &&
      !hasCue(ctx, k, "rating-verb")
    )
      return k - 1;
  }
  return last;
}

const SINGLE_HEADS = new Set([
  "area",
  "judgement",
  "judgment",
  "domain",
  "grade",
]);
const SINGLE_VERBS = new Set([
  "rated",
  "judged",
  "graded",
  "awarded",
  "given",
  "came",
  "come",
]);

/**
 * "The one area that came back good rather than outstanding was the experiences and progress of
 * children in care": a grade in a subject singling out one area, and the area after "was". Nothing
 * when the subject escapes or misses the grade ("the only area to escape the lowest rating", "not
 * to be awarded the top grade").
 */
function singledOutArea(
  ctx: ParseContext,
  si: number,
  g: GradeItem,
): AreaPart[] | undefined {
  const s = ctx.sentences[si]!;
  let k = s.start;
  while (k < g.start && /^(?:but|and|however|,)$/.test(ctx.tokens[k]!.norm))
    k++;
  if (
    ctx.tokens[k]?.norm !== "the" ||
    !/^(?:one|only|single)$/.test(ctx.tokens[k + 1]?.norm ?? "") ||
    !SINGLE_HEADS.has(ctx.tokens[k + 2]?.norm ?? "")
  )
    return undefined;
  let verb = false;
  // "The only area to escape the lowest rating was care leavers", "the one area not rated good":
  // every other area has the grade.
  let except = false;
  for (let j = k + 3; j < g.start; j++) {
    const n = ctx.tokens[j]!.norm;
    if (
      hasCue(ctx, j, "negation") ||
      /^(?:escape|escaped|avoid|avoided|miss|missed)$/.test(n)
    ) {
      except = true;
      verb = true;
      j = (cueAtToken(ctx, j)?.end ?? j + 1) - 1;
    } else if (SINGLE_VERBS.has(n)) verb = true;
    else if (!/^(?:that|which|to|be|been|was|back|as|the|out|on|'|")$/.test(n))
      return undefined;
  }
  if (!verb) return undefined;
  // The main verb after the subject, then the area.
  let j = g.end;
  while (
    j < s.end &&
    j - g.end < 6 &&
    !/^(?:was|is)$/.test(ctx.tokens[j]!.norm)
  ) {
    if (ctx.gradeAt[j]! >= 0 && !/^(?:than|or)$/.test(ctx.tokens[j - 1]!.norm))
      return undefined;
    j++;
  }
  if (!/^(?:was|is)$/.test(ctx.tokens[j]?.norm ?? "")) return undefined;
  j++;
  // "... was support for care leavers".
  while (
    j < s.end &&
    j - g.end < 12 &&
    (/^(?:the|for|its|their|with|to)$/.test(ctx.tokens[j]!.norm) ||
      LABEL_FILLERS.has(ctx.tokens[j]!.norm))
  )
    j++;
  const part = areaPartAt(ctx, si, j);
  if (!part || part.kind !== "areas") return undefined;
  return except
    ? [{ kind: "all", except: part.areas, start: part.start, end: part.end }]
    : [part];
}

// Words between the items of a list after a colon ("A; B; and C").
const ITEM_GAP = new Set([";", ",", "and", "the", "its", "their", "or"]);

/**
 * "Inspectors judged the council outstanding for: the impact of leaders; help and protection; and
 * care leavers": the areas after a colon that follows the grade, to the end of the sentence (or the
 * next grade), separated by semicolons, commas and "and".
 */
function inlineColonAreas(
  ctx: ParseContext,
  si: number,
  g: GradeItem,
  nextGrade: number,
): AreaPart[] | undefined {
  const s = ctx.sentences[si]!;
  const end = Math.min(s.end, nextGrade);
  let k = g.end;
  while (k < end && LIST_INTRO.has(ctx.tokens[k]!.norm)) k++;
  if (ctx.tokens[k]?.norm !== ":" || k + 1 >= end) return undefined;
  k++;
  const parts: AreaPart[] = [];
  while (k < end) {
    const n = ctx.tokens[k]!.norm;
    if (ITEM_GAP.has(n) || LABEL_FILLERS.has(n)) {
      k++;
      continue;
    }
    const part = areaPartAt(ctx, si, k);
    if (!part || part.kind !== "areas") break;
    parts.push(part);
    k = part.end;
  }
  return parts.length ? parts : undefined;
}

/**
 * "outstanding (leadership), good (help and protection, children in care)": areas in brackets right
 * after the grade, nothing else inside; `end` is the token after the closing bracket.
 */
function bracketAreas(
  ctx: ParseContext,
  si: number,
  g: GradeItem,
  nextGrade: number,
): { parts: AreaPart[]; end: number } | undefined {
  if (ctx.tokens[g.end]?.norm !== "(") return undefined;
  const end = Math.min(ctx.sentences[si]!.end, nextGrade);
  const parts: AreaPart[] = [];
  for (let k = g.end + 1; k < end;) {
    const n = ctx.tokens[k]!.norm;
    if (n === ")") return parts.length ? { parts, end: k + 1 } : undefined;
    if (ITEM_GAP.has(n) || LABEL_FILLERS.has(n)) {
      k++;
      continue;
    }
    const part = areaPartAt(ctx, si, k);
    if (!part || part.kind !== "areas") return undefined;
    parts.push(part);
    k = part.end;
  }
  return undefined;
}

/** The sentence a bullet list at sentence `si` hangs from (the first before it that is no bullet), or -1. */
function leadIn(ctx: ParseContext, si: number): number {
  let h = si - 1;
  while (h >= 0 && si - h <= 12 && afterBullet(ctx, h) >= 0) h--;
  return h >= 0 && si - h <= 12 ? h : -1;
}

/** The line a bullet list at sentence `si` hangs from ends with a colon and rates ("Ofsted rated us:", "The judgements were:"). */
function ratingLeadIn(ctx: ParseContext, si: number): boolean {
  const h = leadIn(ctx, si);
  if (h < 0) return false;
  const s = ctx.sentences[h]!;
  if (ctx.tokens[s.end - 1]?.norm !== ":") return false;
  return (
    cueIn(ctx, s.start, s.end, "rating-verb") ||
    cueIn(ctx, s.start, s.end, "rating-noun")
  );
}

/**
 * "• Good: overall effectiveness, children in care and care leavers": a line that opens with its
 * grade, then a colon or dash, then nothing but areas.
 */
function gradeFirstLine(
  ctx: ParseContext,
  si: number,
  g: GradeItem,
): AreaPart[] | undefined {
  const s = ctx.sentences[si]!;
  const bullet = afterBullet(ctx, si);
  if (g.start !== (bullet >= 0 ? bullet : s.start)) return undefined;
  if (ctx.tokens[g.start]!.nl === 0 && bullet < 0 && si > 0) return undefined;
  // "Ofsted rated the school:" over the list: a school's grades.
  if (bullet >= 0) {
    const h = leadIn(ctx, si);
    if (h >= 0) {
      const lead = ctx.sentences[h]!;
      if (
        cueIn(ctx, lead.start, lead.end, "trap") ||
        cueIn(ctx, lead.start, lead.end, "trap-weak")
      )
        return undefined;
    }
  }
  const sep = ctx.tokens[g.end]?.norm;
  // "• Good for help and protection" under "Ofsted rated us:": "for" in place of the colon, in a
  // bullet list whose lead-in rates.
  const under =
    (sep === "for" || sep === "in") && bullet >= 0 && ratingLeadIn(ctx, si);
  if (sep !== ":" && sep !== "-" && !under) return undefined;
  const parts: AreaPart[] = [];
  let k = g.end + 1;
  while (k < s.end) {
    const n = ctx.tokens[k]!.norm;
    if (ITEM_GAP.has(n) || LABEL_FILLERS.has(n) || n === ".") {
      k++;
      continue;
    }
    const part = areaPartAt(ctx, si, k);
    if (!part || part.kind !== "areas") return undefined;
    parts.push(part);
    k = part.end;
  }
  return parts.length ? parts : undefined;
}

/** "the service as a whole requires improvement": the token before a trailing "as a whole" ending at `j`. */
function asAWhole(ctx: ParseContext, j: number): number {
  return j >= 3 &&
    ctx.tokens[j]!.norm === "whole" &&
    ctx.tokens[j - 1]!.norm === "a" &&
    ctx.tokens[j - 2]!.norm === "as"
    ? j - 3
    : j;
}

/** "Help and protection: Good", a table row, a grade on the line under its label. */
function labelled(
  ctx: ParseContext,
  clause: { start: number; end: number },
  g: GradeItem,
  m: GradeMention,
): boolean {
  let j = prevSignificant(ctx, g.start, clause.start, LABEL_SEPARATORS);
  if (
    j > clause.start &&
    !areaEndsAt(ctx, j) &&
    LABEL_FILLERS.has(ctx.tokens[j]!.norm)
  )
    j--;
  if (j < clause.start || !areaEndsAt(ctx, j)) return false;
  const between = ctx.tokens.slice(j + 1, g.start + 1);
  return (
    between.some(
      (t) =>
        LABEL_SEPARATORS.has(t.norm) ||
        t.nl > 0 ||
        t.cell ||
        QUOTES.has(t.norm),
    ) ||
    (m.marked && ctx.tokens[g.start]!.cap)
  );
}

/**
 * "Ofsted found practice in X was good": a bare "found" rates only its object ("found the council's
 * services inadequate"), not a clause with a verb of its own.
 */
function foundClause(
  ctx: ParseContext,
  k: number,
  gradeStart: number,
): boolean {
  const cue = cueAtToken(ctx, k);
  if (
    !cue ||
    cue.end - cue.start !== 1 ||
    ctx.tokens[cue.start]!.norm !== "found"
  )
    return false;
  for (let j = cue.end; j < gradeStart; j++)
    if (ctx.tokens[j]!.norm === "that" || hasCue(ctx, j, "copula")) return true;
  return false;
}

const PARTICIPLE_RATINGS = new Set(["rated", "judged", "graded", "found"]);

/** ", being rated requires improvement": the area that opens sentence `si`, as the participle's subject. */
function participleSubjectArea(
  ctx: ParseContext,
  si: number,
  gradeStart: number,
): AreaPart | undefined {
  let j = gradeStart - 1;
  while (
    j > 0 &&
    (QUOTES.has(ctx.tokens[j]!.norm) || ctx.tokens[j]!.norm === "as")
  )
    j--;
  if (
    !PARTICIPLE_RATINGS.has(ctx.tokens[j]?.norm ?? "") ||
    ctx.tokens[j - 1]?.norm !== "being" ||
    ctx.tokens[j - 2]?.norm !== ","
  )
    return undefined;
  const s = ctx.sentences[si]!;
  for (let k = s.start; k < Math.min(j - 2, s.start + 10); k++) {
    if (ctx.gradeAt[k]! >= 0 || ctx.nameAt[k]! >= 0) return undefined;
    const a = ctx.areaAt[k]!;
    if (a >= 0) return areaPartAt(ctx, si, ctx.areas[a]!.start);
  }
  return undefined;
}

const AS_SERVICE_NOUNS = new Set(["service", "services", "support", "work"]);

/**
 * "• Kent - good in all areas": a bullet that opens with a council's name, then a dash or colon, then
 * the grade.
 */
function councilLabel(
  ctx: ParseContext,
  clause: { start: number; end: number },
  g: GradeItem,
): boolean {
  let j = g.start - 1;
  while (j > clause.start && QUOTES.has(ctx.tokens[j]!.norm)) j--;
  if (!COUNCIL_LABEL_SEPARATORS.has(ctx.tokens[j]?.norm ?? "")) return false;
  const n = ctx.nameAt[j - 1] ?? -1;
  if (n < 0) return false;
  const name = ctx.names[n]!;
  if (name.kind !== "authority" || name.authorities.length === 0) return false;
  // A heading ("Gateshead – good") sums up the paragraph under it, which dates the grade; a bullet
  // is the whole statement.
  const before = ctx.tokens[name.start - 1];
  return before !== undefined && BULLET_MARKS.has(before.norm) && before.nl > 0;
}

/** Why a grade counts as a stated Ofsted judgement, or `undefined` when it does not. */
function licence(
  ctx: ParseContext,
  sentence: number,
  clause: { start: number; end: number },
  g: GradeItem,
  afterAccepted: boolean,
): string | undefined {
  const m = g.mention;
  // "judged the council good for A, good for B, and good for C": the list shares the first grade's verb.
  if (
    afterAccepted &&
    (ctx.tokens[g.end]?.norm === "for" ||
      ctx.tokens[g.end]?.norm === "in" ||
      // "rated good for A and for B, and good overall"
      (ctx.tokens[g.end]?.norm === "overall" &&
        ctx.areaAt[g.end]! >= 0 &&
        (ctx.tokens[g.end + 1]?.norm ?? ".").length === 1) ||
      QUOTES.has(ctx.tokens[g.end]?.norm ?? ""))
  )
    return "parallel";
  // "..., with the impact of leaders also inadequate": an area right before the grade, after a graded clause.
  if (
    afterAccepted &&
    areaEndsAt(
      ctx,
      prevSignificant(ctx, g.start, clause.start, SUBJECT_ADVERBS),
    )
  )
    return "parallel";
  // "rated good, with outstanding help and protection": "with" a grade and an area after a graded clause.
  if (
    afterAccepted &&
    ctx.tokens[g.start - 1]?.norm === "with" &&
    ctx.areaAt[g.end]! >= 0
  )
    return "parallel";
  // "judged overall effectiveness as requires improvement and care leavers' services as inadequate":
  // "as" after another area of the accepted list.
  if (afterAccepted && ctx.tokens[g.start - 1]?.norm === "as") {
    let k = g.start - 2;
    if (AS_SERVICE_NOUNS.has(ctx.tokens[k]?.norm ?? "")) k--;
    if (k >= clause.start && areaEndsAt(ctx, k)) return "parallel";
  }
  if (councilLabel(ctx, clause, g)) return "label";
  if (
    !m ||
    m.form === "full" ||
    m.form === "superlative" ||
    m.form === "abbreviation" ||
    m.form === "failing"
  )
    return "form";
  for (let k = unitsBack(ctx, g.start, 8, clause.start); k < g.start; k++)
    if (hasCue(ctx, k, "rating-verb") && !foundClause(ctx, k, g.start))
      return "rating-verb";
  // "judged leadership, help and protection, and children in care all to be good": a verb before a
  // list of areas of any length.
  {
    let k = g.start - 1;
    while (k >= clause.start && LIST_FILLERS.has(ctx.tokens[k]!.norm)) k--;
    let areas = 0;
    while (k >= clause.start) {
      const a = ctx.areaAt[k]!;
      const cue = cueAtToken(ctx, k);
      if (a >= 0) {
        areas++;
        k = ctx.areas[a]!.start - 1;
      } else if (
        // "rated every other area – A, B and C – as good": the list in dashes after its quantifier.
        areas > 0 &&
        cue &&
        (cue.kinds.has("all-areas") || cue.kinds.has("count-areas")) &&
        ctx.tokens[cue.end]?.norm === "-"
      ) {
        areas++;
        k = cue.start - 1;
      } else if (/^(?:,|and|-)$/.test(ctx.tokens[k]!.norm)) k--;
      else break;
    }
    if (areas > 1 && k >= clause.start && hasCue(ctx, k, "rating-verb"))
      return "rating-verb";
  }
  for (let k = g.end, n = 0; k < clause.end && n < 3; k++, n++) {
    if (QUOTES.has(ctx.tokens[k]!.norm)) continue;
    if (hasCue(ctx, k, "rating-noun")) return "rating-noun";
    if (ctx.tokens[k]!.norm !== "ofsted") break;
  }
  const before = ctx.tokens[g.start - 1];
  if (before?.norm === "of" && hasCue(ctx, g.start - 2, "rating-noun"))
    return "rating-noun";
  if (labelled(ctx, clause, g, m)) return "label";
  // "Children's services in Sefton are inadequate", "care leavers require improvement".
  const h = asAWhole(
    ctx,
    prevSignificant(ctx, g.start, clause.start, SUBJECT_ADVERBS),
  );
  if (m.predicate) {
    if (subjectHeadOk(ctx, subjectHead(ctx, clause.start, h + 1)))
      return "predicate";
  } else if (h >= clause.start && hasCue(ctx, h, "copula")) {
    const cue = cueAtToken(ctx, h)!;
    const v = asAWhole(
      ctx,
      prevSignificant(ctx, cue.start, clause.start, SUBJECT_ADVERBS),
    );
    if (subjectHeadOk(ctx, subjectHead(ctx, clause.start, v + 1)))
      return "copula";
  }
  // "rates the trust good for X, but requires improvement for Y": a rating verb earlier in the sentence.
  const s = ctx.sentences[sentence]!;
  if (m.predicate || m.marked) {
    for (let k = Math.max(s.start, g.start - 30); k < g.start; k++)
      if (hasCue(ctx, k, "rating-verb") && !hasCue(ctx, k, "rating-noun"))
        return "parallel";
  }
  return undefined;
}

const GENERIC_HEADS = new Set([
  "areas",
  "aspects",
  "things",
  "parts",
  "issues",
  "elements",
  "matters",
  "points",
  "weaknesses",
  "ways",
  "practices",
  "those",
]);

const MODAL_REASONS = new Set(["negated", "hypothetical", "in the future"]);
const LIST_GAP = new Set([
  "for",
  "and",
  ",",
  "in",
  "the",
  "of",
  "its",
  "their",
  "but",
  "or",
  '"',
  "'",
]);

/** Only areas and list words between two grades ("good for A and inadequate for B"). */
function listGap(ctx: ParseContext, from: number, to: number): boolean {
  if (to - from > 30) return false;
  for (let k = from; k < to; k++)
    if (ctx.areaAt[k]! < 0 && !LIST_GAP.has(ctx.tokens[k]!.norm)) return false;
  return true;
}
const GENERIC_VERBS = new Set([
  "is",
  "isn't",
  "means",
  "does",
  "doesn't",
  "can",
  "cannot",
  "will",
  "would",
  "should",
  "may",
  "might",
  "must",
  "tells",
  "says",
]);

// Words before "like" that make it a verb ("for those who like the detail"), not a comparison.
const LIKE_SUBJECTS = new Set([
  "who",
  "you",
  "we",
  "they",
  "i",
  "would",
  "to",
  "might",
  "may",
  "'d",
]);

/** A "passing" cue ("neighbouring", "like Rutland", "such as") in `[from, to)`, not the verb "like". */
function comparisonIn(ctx: ParseContext, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (!hasCue(ctx, k, "passing")) continue;
    if (
      ctx.tokens[k]!.norm === "like" &&
      LIKE_SUBJECTS.has(ctx.tokens[k - 1]?.norm ?? "")
    )
      continue;
    return true;
  }
  return false;
}

const PREPOSITIONAL_NEGATIONS = new Set([
  "out of",
  "lifted out of",
  "short of",
  "instead of",
  "rather than",
  // "escaped the lowest grade, being rated requires improvement"
  ...AVOIDANCE_VERBS,
]);

function blocker(
  ctx: ParseContext,
  sentence: number,
  clause: { start: number; end: number },
  g: GradeItem,
): string | undefined {
  // "areas that require improvement" is criticism, not a grade.
  if (g.mention?.predicate) {
    for (let k = g.start - 1; k >= Math.max(clause.start, g.start - 4); k--)
      if (GENERIC_HEADS.has(ctx.tokens[k]!.norm))
        return "criticism, not a grade";
  }
  // "children who may be at risk was rated ...": a relative clause on the area is no hedge on the grade.
  let v = g.start - 1;
  while (
    v > clause.start &&
    (QUOTES.has(ctx.tokens[v]!.norm) ||
      hasCue(ctx, v, "copula") ||
      (hasCue(ctx, v, "rating-verb") && !hasCue(ctx, v, "rating-noun")) ||
      ctx.tokens[v]!.norm === "as")
  )
    v--;
  const rel = relativeAfterArea(ctx, v, clause.start);
  // "worked its way out of special measures after a previous inadequate rating": a negation before a
  // connective that opens the grade's own phrase is not the grade's.
  let from = Math.max(clause.start, g.start - 8);
  for (let k = g.start - 1; k > from; k--)
    if (PHRASE_OPENERS.has(ctx.tokens[k]!.norm)) {
      from = k + 1;
      break;
    }
  for (let k = from; k < g.start; k++) {
    if (rel && k >= rel[0] && k < rel[1]) continue;
    if (hasCue(ctx, k, "negation")) {
      // "worked its way out of special measures after a previous inadequate rating": a
      // prepositional negation ("out of", "rather than") reaches only the words right after it.
      const cue = cueAtToken(ctx, k)!;
      const words = ctx.tokens
        .slice(cue.start, cue.end)
        .map((t) => t.norm)
        .join(" ");
      if (PREPOSITIONAL_NEGATIONS.has(words) && g.start - cue.end > 3) {
        k = cue.end - 1;
        continue;
      }
      return "negated";
    }
    if (hasCue(ctx, k, "hypothetical")) return "hypothetical";
    if (hasCue(ctx, k, "future") && g.start - k <= 6) return "in the future";
  }
  const s = ctx.sentences[sentence]!;
  if (ctx.tokens[s.end - 1]?.norm === "?") return "a question";
  // "Outstanding is the highest judgement Ofsted can give": a grade itself is the subject.
  {
    let k = s.start;
    while (k < s.end && QUOTES.has(ctx.tokens[k]!.norm)) k++;
    const first = ctx.gradeAt[k]!;
    if (first >= 0) {
      const end = ctx.grades[first]!.end;
      if (
        ctx.grades[first]!.start === k &&
        /^(?:is|means|remains)$/.test(ctx.tokens[end]?.norm ?? "") &&
        /^(?:the|a|an|not|now|still)$/.test(ctx.tokens[end + 1]?.norm ?? "")
      )
        return "a grade spoken of in general";
    }
  }
  // "an outstanding grade is a snapshot": a grade spoken of in general, as a subject.
  const det = ctx.tokens[g.start - 1]?.norm;
  if (
    (det === "a" || det === "an") &&
    hasCue(ctx, g.end, "rating-noun") &&
    GENERIC_SUBJECT_VERBS.has(
      ctx.tokens[cueAtToken(ctx, g.end)?.end ?? g.end + 1]?.norm ?? "",
    )
  )
    return "a grade spoken of in general";
  // "an outstanding grade is a snapshot": a grade in general, the subject of its own clause.
  const article = ctx.tokens[g.start - 1]?.norm;
  if (
    (article === "a" || article === "an") &&
    hasCue(ctx, g.end, "rating-noun") &&
    GENERIC_VERBS.has(ctx.tokens[cueAtToken(ctx, g.end)!.end]?.norm ?? "")
  )
    return "a grade in general, not a council's";
  // "In other areas that have received an inadequate verdict, such as Doncaster and Slough, ...": a
  // grade that describes a class of councils, the names only examples of it.
  if (classWithExamples(ctx, clause, g))
    return "councils in general, named as examples";
  // "Neighbouring Stockport, Salford and Manchester are all rated good": a state, mentioned in passing.
  if (comparisonIn(ctx, clause.start, g.start)) {
    let event = false;
    for (let k = clause.start; k < g.start; k++)
      if (["has", "have", "had", "was", "were"].includes(ctx.tokens[k]!.norm))
        event = true;
    if (!event) return "a council mentioned in passing";
  }
  const ofsted = cueIn(ctx, s.start, s.end, "ofsted");
  const other = cueIn(ctx, s.start, s.end, "other-inspectorate");
  if (other) return "graded by another inspectorate";
  if (!ofsted && ctx.inspectorate[sentence] === "other")
    return "graded by another inspectorate";
  // "Stoke-on-Trent, whose children's services were rated requires improvement in 2015, was praised
  // for its work with schools": a grade in an aside on a council is not about what the main clause
  // goes on to name.
  const aside = relativeClauses(ctx, sentence).find(
    ([a, b]) => a <= g.start && g.start < b,
  );
  const trapEnd = aside ? aside[1] : clause.end;
  for (let k = clause.start; k < clause.end; k++) {
    if (hasCue(ctx, k, "trap") && k < trapEnd)
      return "about a school, home, agency, SEND or another service";
    // A weaker trap (early help, police, a setting) counts as the subject or right before the grade.
    if (
      k < g.start &&
      (k < clause.start + 4 || g.start - k <= 4) &&
      hasCue(ctx, k, "trap-weak")
    )
      return "about another service";
    if (hasCue(ctx, k, "legacy-grade")) return "a grade from before 2013";
  }
  return undefined;
}

const SAME_GRADE_NOUNS = new Set(["grade", "rating", "judgement", "judgment"]);

function gradeItems(
  ctx: ParseContext,
  sentence: number,
  lastGrade: Grade | undefined,
  lastOverall?: Grade,
): GradeItem[] {
  const s = ctx.sentences[sentence]!;
  // "... judged inadequate overall; leaders require improvement. The same rating the county received
  // in 2020.": with no area named, "the same rating" is the overall grade given just before.
  let areaNamed = false;
  for (let k = s.start; k < s.end; k++)
    if (ctx.areaAt[k]! >= 0) areaNamed = true;
  const sameAs = !areaNamed && lastOverall ? lastOverall : undefined;
  const items: GradeItem[] = [];
  let previous = lastGrade;
  for (let k = s.start; k < s.end; k++) {
    const gi = ctx.gradeAt[k]!;
    if (gi >= 0) {
      const m = ctx.grades[gi]!;
      if (m.start === k) {
        // "'Requires Improvement to be Good' (RI2BG)": a restatement in brackets is the same grade.
        const last = items[items.length - 1];
        // "the top grade of outstanding for its leadership": the plain grade restates the superlative.
        if (
          last?.mention?.form === "superlative" &&
          last.grade === m.grade &&
          ctx.tokens
            .slice(last.end, m.start)
            .every((t) => RESTATEMENT_GAP.has(t.norm))
        )
          items.pop();
        if (!(
          last &&
          last.grade === m.grade &&
          m.start - last.end <= 2 &&
          ctx.tokens[m.start - 1]?.norm === "("
        ))
          items.push({
            start: m.start,
            end: m.end,
            grade: m.grade,
            mention: m,
          });
        previous = m.grade;
        k = m.end - 1;
      }
      continue;
    }
    // "this was the same overall judgement as at the previous inspection in 2016".
    const area = ctx.areaAt[k + 1]!;
    if (
      area >= 0 &&
      previous &&
      ctx.tokens[k]!.norm === "same" &&
      ctx.tokens[k - 1]?.norm === "the" &&
      ctx.areas[area]!.start === k + 1 &&
      ctx.areas[area]!.end < s.end &&
      (ctx.tokens[ctx.areas[area]!.end]!.norm === "as" ||
        // "It received the same overall grade in 2019."
        SAME_GRADE_NOUNS.has(ctx.tokens[ctx.areas[area]!.end - 1]!.norm))
    ) {
      const part = areaPartAt(ctx, sentence, k + 1);
      items.push({
        start: k,
        end: ctx.areas[area]!.end,
        grade: previous,
        mention: undefined,
        ...(part ? { area: part } : {}),
      });
      k = ctx.areas[area]!.end - 1;
      continue;
    }
    const cue = cueAtToken(ctx, k);
    if (cue && cue.start === k && cue.kinds.has("same-grade") && previous) {
      items.push({
        start: cue.start,
        end: cue.end,
        grade:
          (previous === lastGrade && items.length === 0 ? sameAs : undefined) ??
          previous,
        mention: undefined,
      });
      k = cue.end - 1;
    }
  }
  return items;
}

const AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "been",
  "be",
  "being",
  "to",
]);

const PHRASE_OPENERS = new Set(["after", "following", "since", "before"]);
const CLASS_HEADS = new Set(["areas", "councils", "authorities", "places"]);
const CLASS_RELATIVES = new Set(["that", "which", "who", "where"]);

function classWithExamples(
  ctx: ParseContext,
  clause: { start: number; end: number },
  g: GradeItem,
): boolean {
  let examples = false;
  for (let k = g.end; k < Math.min(clause.end - 1, g.end + 6); k++) {
    const n = ctx.tokens[k]!.norm;
    if ((n === "such" && ctx.tokens[k + 1]!.norm === "as") || n === "including")
      examples = true;
  }
  if (!examples) return false;
  for (let k = Math.max(clause.start, g.start - 8); k < g.start - 1; k++)
    if (
      CLASS_HEADS.has(ctx.tokens[k]!.norm) &&
      CLASS_RELATIVES.has(ctx.tokens[k + 1]!.norm)
    )
      return true;
  return false;
}

function overallAllowed(
  ctx: ParseContext,
  clause: { start: number; end: number },
  g: GradeItem,
  referentAt: number,
  failing: readonly Area[],
): boolean {
  // "rated good in one area and requires improvement in the other two": some areas, not the whole.
  if (
    /^(?:in|for|on|across)$/.test(ctx.tokens[g.end]?.norm ?? "") &&
    /^(?:one|two|three|four|some|most|several|many|a)$/.test(
      ctx.tokens[g.end + 1]?.norm ?? "",
    ) &&
    /^(?:area|areas|of|domain|domains|judgement|judgements|category|categories)$/.test(
      ctx.tokens[g.end + 2]?.norm ?? "",
    )
  )
    return false;
  // "... when the service required improvement": the grade's own subject is the whole service.
  // "when Devon's children's services had also been judged inadequate": over the verb group first.
  let verb = asAWhole(
    ctx,
    prevSignificant(ctx, g.start, clause.start, SUBJECT_ADVERBS),
  );
  while (
    verb > clause.start &&
    (AUXILIARIES.has(ctx.tokens[verb]!.norm) ||
      SUBJECT_ADVERBS.has(ctx.tokens[verb]!.norm) ||
      hasCue(ctx, verb, "copula") ||
      (hasCue(ctx, verb, "rating-verb") && !hasCue(ctx, verb, "rating-noun")))
  )
    verb--;
  const head = subjectHead(ctx, clause.start, verb + 1);
  if (head >= 0 && head >= g.start - 6) {
    const t = ctx.tokens[head]!;
    const cue = cueAtToken(ctx, head);
    if (
      (t.norm === "service" ||
        t.norm === "services" ||
        t.norm === "council" ||
        t.norm === "authority") &&
      (cue === undefined || !cue.kinds.has("trap"))
    )
      return true;
  }
  // "The rating follows an inadequate judgement in March 2021": the noun phrase is a judgement.
  // Only with a date of its own or a council in the clause: "After an inadequate judgement Ofsted
  // carries out monitoring visits" is an explainer. The grade may be quoted ("the 'good' rating").
  const quoted = QUOTES.has(ctx.tokens[g.start - 1]?.norm ?? "");
  const nounAt =
    quoted && QUOTES.has(ctx.tokens[g.end]?.norm ?? "") ? g.end + 1 : g.end;
  if (
    g.mention &&
    !g.mention.predicate &&
    hasCue(ctx, nounAt, "rating-noun") &&
    // "rating" and "grades" are verbs too: as a noun only when the grade is quoted.
    (quoted || !hasCue(ctx, nounAt, "rating-verb")) &&
    NOUN_DETERMINERS.has(ctx.tokens[g.start - (quoted ? 2 : 1)]?.norm ?? "")
  ) {
    const noun = cueAtToken(ctx, nounAt)!;
    let dated = false;
    for (let k = noun.end; k < Math.min(clause.end, noun.end + 3); k++)
      if (ctx.dateAt[k]! >= 0) dated = true;
    if (dated || (referentAt >= clause.start && referentAt < clause.end))
      return true;
  }
  // "Ofsted's previous judgement, in 2019, was requires improvement": the judgement is the subject.
  const v = prevSignificant(ctx, g.start, clause.start, SUBJECT_ADVERBS);
  if (v >= clause.start && hasCue(ctx, v, "copula")) {
    const subject = subjectHead(ctx, clause.start, cueAtToken(ctx, v)!.start);
    if (
      subject >= 0 &&
      ctx.areaAt[subject]! < 0 &&
      JUDGEMENT_NOUNS.has(ctx.tokens[subject]!.norm)
    )
      return true;
  }
  for (let k = clause.start; k < g.start; k++) {
    const a = ctx.areaAt[k]!;
    // "judged the overall effectiveness ... inadequate, a fall from the 'good' rating the council
    // received in 2019": an overall effectiveness named before is no other area.
    if (
      a >= 0 &&
      !ctx.areas[a]!.bareOverall &&
      !ctx.areas[a]!.areas.every(
        (x) => failing.includes(x) || x === "overall-effectiveness",
      )
    )
      return false;
  }
  if (referentAt >= clause.start && referentAt < clause.end) return true;
  for (let k = clause.start; k < clause.end; k++)
    if (OVERALL_SUBJECTS.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

/** Areas named next to "failings"/"weaknesses" when they drag a service down to inadequate. */
function failingAreas(ctx: ParseContext, sentence: number): Area[] {
  const s = ctx.sentences[sentence]!;
  const found: Area[] = [];
  for (let k = s.start; k < s.end; k++) {
    if (!hasCue(ctx, k, "failings")) continue;
    for (let j = Math.max(s.start, k - 3); j < Math.min(s.end, k + 9); j++) {
      const a = ctx.areaAt[j]!;
      if (a >= 0 && !ctx.areas[a]!.bareOverall)
        found.push(
          ...ctx.areas[a]!.areas.filter((x) => x !== "overall-effectiveness"),
        );
    }
  }
  return [...new Set(found)];
}

const REPORTING = new Set([
  "said",
  "says",
  "found",
  "finds",
  "according",
  "concluded",
  "reported",
  "reports",
]);

/** "..., says Ofsted", "according to Ofsted", "Ofsted has found": the sentence reports Ofsted's finding. */
const INSPECTOR_WORDS = new Set(["inspectors", "inspector"]);

function reportsOfsted(ctx: ParseContext, from: number, to: number): boolean {
  // "Ofsted said ...", "Inspectors concluded that ...": the inspection's own finding.
  let reporter = cueIn(ctx, from, to, "ofsted");
  for (let k = from; k < to && !reporter; k++)
    if (INSPECTOR_WORDS.has(ctx.tokens[k]!.norm)) reporter = true;
  if (!reporter) return false;
  for (let k = from; k < to; k++)
    if (REPORTING.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

const EVENT_AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "was",
  "were",
  "been",
  "got",
  "gets",
  "get",
  "received",
  "gave",
  "given",
  "awarded",
  "kept",
  "retained",
  "handed",
  "won",
]);
const STATE_VERBS = new Set([
  "is",
  "are",
  "remain",
  "remains",
  "currently",
  "whose",
]);

/** "whose services are rated outstanding", "In Cornwall, rated outstanding by Ofsted, ...": a standing grade, not an outcome. */
function isState(
  ctx: ParseContext,
  clause: { start: number; end: number },
  g: GradeItem,
): boolean {
  // "Bath and North East Somerset requires improvement": a present-tense verb grade is a standing one.
  let state =
    g.mention?.predicate === true &&
    REQUIRES.has(ctx.tokens[g.start]!.norm) &&
    !cueIn(
      ctx,
      unitsBack(ctx, g.start, 4, clause.start),
      g.start,
      "rating-verb",
    );
  for (let k = unitsBack(ctx, g.start, 7, clause.start); k < g.start; k++) {
    const n = ctx.tokens[k]!.norm;
    if (EVENT_AUXILIARIES.has(n)) return false;
    // "The overall effectiveness of services in Wigan is judged to be good": a report's finding.
    if (
      (n === "judged" || n === "graded") &&
      IS_ARE.has(ctx.tokens[k - 1]?.norm ?? "") &&
      !ctx.tokens.slice(clause.start, k).some((t) => t.norm === "whose")
    )
      return false;
    if (STATE_VERBS.has(n)) state = true;
    // An appositive participle: "In Cornwall, rated outstanding by Ofsted, the council ...".
    if (hasCue(ctx, k, "rating-verb") && ctx.tokens[k - 1]?.norm === ",")
      state = true;
  }
  return state;
}

/**
 * "... learned from North Lincolnshire, which has been rated outstanding twice": a grade in a
 * non-restrictive relative clause describes its antecedent in passing (a standing grade).
 */
function inRelativeClause(
  ctx: ParseContext,
  clause: { start: number; end: number },
  g: GradeItem,
): boolean {
  for (let k = g.start - 1; k > clause.start && g.start - k <= 10; k--) {
    const n = ctx.tokens[k]!.norm;
    if (n === "," || n === ";") return false;
    if (
      (n === "which" || n === "who" || n === "whose") &&
      ctx.tokens[k - 1]!.norm === ","
    ) {
      // Only for a council named in passing ("learned from X, which"), not the story's ("good news
      // for X, whose children's services have been rated good").
      const name = k - 2 >= clause.start ? ctx.nameAt[k - 2]! : -1;
      return (
        name >= 0 &&
        isObliqueRun(ctx, { start: ctx.names[name]!.start }, clause.start)
      );
    }
  }
  return false;
}

function evidenceSpan(ctx: ParseContext, sentence: number): Span {
  return sentenceSpan(ctx, sentence);
}

/**
 * The date of "X was last inspected in March 2019" when sentence `si` of paragraph `paragraph` says
 * only that: a grade with no time of its own in the next sentence is that inspection's.
 */
function lastInspectionDate(
  ctx: ParseContext,
  si: number,
  paragraph: number,
): DateMentionR | undefined {
  const s = ctx.sentences[si];
  if (!s || s.paragraph !== paragraph || ctx.masked[si]) return undefined;
  for (let k = s.start; k < s.end; k++) {
    if (ctx.gradeAt[k]! >= 0) return undefined;
    const cue = cueAtToken(ctx, k);
    if (!cue || cue.start !== k || !cue.kinds.has("previous")) continue;
    const words = ctx.tokens
      .slice(cue.start, Math.min(s.end, cue.end + 2))
      .map((t) => t.norm)
      .join(" ");
    if (!words.includes("inspect")) continue;
    const date = anchorsIn(ctx, cue.end, Math.min(s.end, cue.end + 8))[0];
    if (date?.resolved) return date;
  }
  return undefined;
}

/**
 * "In June 2016 Ofsted published a report on Bromley that left councillors in shock. ... services were
 * judged inadequate overall": a sentence without grades that names the council, an inspection or its
 * report, and one year at least two years before publication dates the grades of the next sentence.
 */
function pastReportDate(
  ctx: ParseContext,
  si: number,
  paragraph: number,
  authorities: readonly { gss: string }[],
): DateMentionR | undefined {
  const s = ctx.sentences[si];
  const published = ctx.published.parts?.year;
  if (!s || s.paragraph !== paragraph || ctx.masked[si] || !published)
    return undefined;
  let named = false;
  for (let k = s.start; k < s.end; k++) {
    if (ctx.gradeAt[k]! >= 0) return undefined;
    const n = ctx.nameAt[k]!;
    if (
      n >= 0 &&
      ctx.names[n]!.authorities.some((a) =>
        authorities.some((b) => b.gss === a.gss),
      )
    )
      named = true;
  }
  if (
    !named ||
    !(
      cueIn(ctx, s.start, s.end, "inspection-event") ||
      cueIn(ctx, s.start, s.end, "visit") ||
      cueIn(ctx, s.start, s.end, "ofsted")
    )
  )
    return undefined;
  // A report's publication date counts here ("When Ofsted published its report in July 2015").
  const anchors: DateMentionR[] = [];
  for (let k = s.start; k < s.end; k++) {
    const d = ctx.dateAt[k]!;
    if (d < 0) continue;
    const date = ctx.dates[d]!;
    if (date.start !== k) continue;
    k = date.end - 1;
    if (!date.value.yearSpan && !isSinceAnchor(ctx, date, s.start))
      anchors.push(date);
  }
  if (anchors.length !== 1) return undefined;
  const date = anchors[0]!;
  if (date.value.year === undefined || !date.resolved) return undefined;
  return date.resolved.year <= published - 2 ? date : undefined;
}

/**
 * The heading a label list hangs from ("Judgements at the previous inspection (2018):"), when it
 * says the list is an earlier inspection's: its date, or "previous" when it gives none. Walks back
 * over the list's lines (each with a grade) to the line ending in a colon.
 */
function listHeadingWhen(ctx: ParseContext, si: number): When | undefined {
  for (let h = si - 1; h >= 0 && h >= si - 12; h--) {
    const s = ctx.sentences[h]!;
    if (ctx.tokens[s.end - 1]?.norm === ":") {
      let previous = false;
      for (let k = s.start; k < s.end; k++)
        if (hasCue(ctx, k, "previous")) previous = true;
      if (!previous) return undefined;
      const date = anchorsIn(ctx, s.start, s.end).find(
        (a) => !isSinceAnchor(ctx, a, s.start),
      );
      return date ? { kind: "date", date } : { kind: "previous" };
    }
    let graded = false;
    for (let k = s.start; k < s.end && !graded; k++)
      if (ctx.gradeAt[k]! >= 0) graded = true;
    if (!graded) return undefined;
  }
  return undefined;
}

// Words between a grade and the colon that opens a list of its areas ("good for:", "outstanding in
// the following areas:").
const LIST_INTRO = new Set([
  "for",
  "in",
  // "requires improvement in two areas:"
  "two",
  "three",
  "four",
  "2",
  "3",
  "4",
  "on",
  "across",
  "the",
  "following",
  "these",
  "area",
  "areas",
  "judgement",
  "judgements",
  "judgment",
  "judgments",
  "domain",
  "domains",
  "category",
  "categories",
  '"',
  "'",
]);
// What may follow the area on a bullet line ("- the experiences and progress of care leavers;").
const BULLET_TAIL = new Set([
  ";",
  ",",
  ".",
  "and",
  "or",
  "services",
  "service",
  "support",
  "work",
  "performance",
  "arrangements",
  "provision",
]);

/** "Bexley was judged outstanding for:": only list-opening words between the grade and the colon that ends the sentence. */
function opensList(ctx: ParseContext, si: number, gradeEnd: number): boolean {
  const s = ctx.sentences[si]!;
  if (ctx.tokens[s.end - 1]?.norm !== ":" || gradeEnd >= s.end) return false;
  for (let k = gradeEnd; k < s.end - 1; k++)
    if (!LIST_INTRO.has(ctx.tokens[k]!.norm)) return false;
  return true;
}

/** The first token after a bullet marker ("-", "•", "1.", "a)") opening sentence `si`, or -1. */
function afterBullet(ctx: ParseContext, si: number): number {
  const s = ctx.sentences[si]!;
  const t = ctx.tokens[s.start]!;
  if (t.norm === "*" || t.norm === "-") return s.start + 1;
  const next = ctx.tokens[s.start + 1]?.norm;
  if (
    s.end - s.start > 2 &&
    (t.kind === "num" || /^[a-z]$/.test(t.norm)) &&
    (next === "." || next === ")")
  )
    return s.start + 2;
  return -1;
}

/**
 * The areas of the bullet lines after sentence `si` ("- Overall effectiveness", "• the experiences
 * and progress of care leavers;", or the same lines without bullets): one list of areas per line and
 * nothing else on it. Stops at the
 * first line that is no such bullet; a bullet that carries a grade of its own is a label list, not
 * this one, and ends it too.
 */
function bulletAreas(
  ctx: ParseContext,
  si: number,
): { parts: AreaPart[]; last: number; span: Span } | undefined {
  const parts: AreaPart[] = [];
  let last = si;
  for (let j = si + 1; j < ctx.sentences.length && j - si <= 12; j++) {
    if (ctx.masked[j]) break;
    const s = ctx.sentences[j]!;
    // A list item on a line of its own, with or without a bullet (an HTML list loses its bullets).
    let k = afterBullet(ctx, j);
    if (k < 0) k = s.start;
    if (ctx.tokens[s.start]!.nl === 0) break;
    while (k < s.end && ctx.tokens[k]!.norm === "the") k++;
    const first = k < s.end ? areaPartAt(ctx, j, k) : undefined;
    if (!first || first.kind !== "areas") break;
    const line = chainForward(ctx, j, first, s.end, s.end);
    let clean = true;
    for (let e = line[line.length - 1]!.end; e < s.end && clean; e++)
      if (!BULLET_TAIL.has(ctx.tokens[e]!.norm)) clean = false;
    for (let e = s.start; e < s.end && clean; e++)
      if (ctx.gradeAt[e]! >= 0 || ctx.nameAt[e]! >= 0) clean = false;
    if (!clean) break;
    parts.push(...line);
    last = j;
  }
  if (parts.length === 0) return undefined;
  return {
    parts,
    last,
    span: spanOf(ctx, ctx.sentences[si + 1]!.start, ctx.sentences[last]!.end),
  };
}

/** "and Good for:" right after a bullet list: the grade, a list-opening colon and nothing else. */
function continuesList(ctx: ParseContext, si: number, g: GradeItem): boolean {
  const s = ctx.sentences[si]!;
  for (let k = s.start; k < g.start; k++)
    if (!/^(?:and|but|while|,|-)$/.test(ctx.tokens[k]!.norm)) return false;
  return opensList(ctx, si, g.end);
}

/**
 * The line a label list at sentence `si` hangs from (the first line before it ending in a colon,
 * over lines that each carry a grade or are bullets) names a school, home or other service.
 */
function headedByTrap(ctx: ParseContext, si: number): boolean {
  for (let h = si - 1; h >= 0 && si - h <= 12; h--) {
    const s = ctx.sentences[h]!;
    if (ctx.tokens[s.end - 1]?.norm === ":")
      return (
        cueIn(ctx, s.start, s.end, "trap") ||
        cueIn(ctx, s.start, s.end, "trap-weak")
      );
    let graded = afterBullet(ctx, h) >= 0;
    for (let k = s.start; k < s.end && !graded; k++)
      if (ctx.gradeAt[k]! >= 0) graded = true;
    if (!graded) return false;
  }
  return false;
}

/**
 * Reads sentences that state a grade for a council:/**
 * Reads sentences that state a grade for a council: "Inspectors rated Derbyshire good for its work
 * with looked-after children, adoption and care leavers; child protection was rated requires
 * improvement", report lists ("2.1 Adoption performance Good"), "children's services in X are
 * inadequate", "rated good in every area", "four of its five judgements", "the same grade for ...",
 * "..., as was the council's overall effectiveness". Each grade needs a rating context, a council, and
 * no trap (school, home, agency, SEND, another inspectorate, negation, hypothetical, question).
 */
export function extractGradeStatements(ctx: ParseContext): void {
  if (!ctx.inspectionContext) {
    if (ctx.grades.length)
      report(
        ctx,
        RULE,
        "info",
        "grade words, but the text never mentions Ofsted or an inspection",
      );
    return;
  }
  const facts = new Map<number, SentenceFacts[]>();
  let lastGrade: Grade | undefined;
  // The last "good for:" bullet list read: "and Good for:" right after it continues it.
  let colonList: Omit<JudgementCandidate, "grade" | "area" | "evidence"> & {
    readonly last: number;
    readonly head: Span;
  } = {
    authorities: [],
    when: { kind: "current" },
    confidence: 0,
    ruleId: RULE,
    sentence: -1,
    last: -10,
    head: { start: 0, end: 0 },
  };
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.masked[si]) continue;
    // The overall grade given in the last few sentences, if any.
    let lastOverall: Grade | undefined;
    for (let j = ctx.judgements.length - 1; j >= 0; j--) {
      const c = ctx.judgements[j]!;
      if (c.sentence < si - 6) break;
      if (
        c.area.kind === "areas" &&
        c.area.areas.includes("overall-effectiveness")
      ) {
        lastOverall = c.grade;
        break;
      }
    }
    const items = gradeItems(ctx, si, lastGrade, lastOverall);
    if (items.length === 0) continue;
    const s = ctx.sentences[si]!;
    // "Bexley was judged outstanding for: - A - B / and good for: - C": the second list shares the
    // first one's council and time.
    const only = items.length === 1 ? items[0]! : undefined;
    if (only && colonList.last === si - 1 && continuesList(ctx, si, only)) {
      const list = bulletAreas(ctx, si);
      const spec = list && toAreaSpec(list.parts, si);
      if (list && spec) {
        ctx.judgements.push({
          ...colonList,
          grade: only.grade,
          area: spec,
          evidence: [spanOf(ctx, s.start, s.end), list.span, colonList.head],
          sentence: si,
        });
        colonList = { ...colonList, sentence: si, last: list.last };
        lastGrade = only.grade;
        continue;
      }
    }
    const used = new Set<DateMentionR>();
    let lowerBound = s.start;
    let accepted = false;
    let modalClause: { end: number; reason: string } | undefined;
    let previousInSentence:
      | {
          when: When;
          authorities: readonly { gss: string }[];
          clause: number;
          grade: Grade;
        }
      | undefined;
    for (let idx = 0; idx < items.length; idx++) {
      const g = items[idx]!;
      const next = items[idx + 1];
      const nextGrade = next?.start ?? s.end;
      const clause = clauseBounds(ctx, si, g.start);
      const lower = Math.max(clause.start, lowerBound);
      lowerBound = g.end;
      lastGrade = g.grade;
      const gSpan = spanOf(ctx, g.start, g.end);
      // "The one area that came back good rather than outstanding was children in care", "• Good:
      // help and protection, children in care".
      const single = singledOutArea(ctx, si, g) ?? gradeFirstLine(ctx, si, g);
      const why = single
        ? "label"
        : (licence(ctx, si, clause, g, accepted) ??
          (accepted && bracketAreas(ctx, si, g, nextGrade)
            ? "parallel"
            : undefined));
      if (!why) {
        report(ctx, RULE, "info", "grade word without a rating context", gSpan);
        continue;
      }
      // "Ofsted rated the school:" over a label list: the school's grades.
      if (
        (why === "label" ||
          (g.mention && labelled(ctx, clause, g, g.mention))) &&
        headedByTrap(ctx, si)
      ) {
        report(
          ctx,
          RULE,
          "info",
          "grade skipped: a list headed by a school, home or other service",
          gSpan,
        );
        continue;
      }
      // "a council could be rated good for A and inadequate for B": the modal covers the list.
      const reason =
        blocker(ctx, si, clause, g) ??
        (modalClause && listGap(ctx, modalClause.end, g.start)
          ? modalClause.reason
          : undefined);
      // "The only area not to be awarded the top grade was care leavers": the negation singles out
      // the one area without the grade; every other area has it.
      const blocked =
        reason === "negated" && single?.[0]?.kind === "all"
          ? undefined
          : reason;
      if (blocked) {
        if (MODAL_REASONS.has(blocked))
          modalClause = { end: g.end, reason: blocked };
        report(ctx, RULE, "info", `grade skipped: ${blocked}`, gSpan);
        continue;
      }
      // "judged outstanding for: the impact of leaders; help and protection; and care leavers",
      // "good (help and protection, children in care)".
      const bracket = bracketAreas(ctx, si, g, nextGrade);
      const forward =
        bracket?.parts ??
        inlineColonAreas(ctx, si, g, nextGrade) ??
        forwardAreas(ctx, si, g.end, clause.end, nextGrade);
      const forwardEnd = bracket
        ? bracket.end
        : forward.length
          ? forward[forward.length - 1]!.end
          : g.end;
      let parts: AreaPart[] = single ??
        (bracket ? forward : undefined) ?? [
          ...backwardAreas(ctx, si, g.start, lower),
          ...forward,
        ];
      if (parts.length === 0 && g.area) parts = [g.area];
      if (
        parts.length === 0 &&
        (idx === 0 || items[idx - 1]!.end <= clause.start)
      )
        parts = clauseInitialAreas(ctx, si, clause.start, g.start);
      // "Only care leavers escaped the lowest grade, being rated requires improvement": the
      // participle's subject is the area that opens the sentence.
      if (parts.length === 0) {
        const subject = participleSubjectArea(ctx, si, g.start);
        if (subject) parts = [subject];
      }
      // "reviewed the joint board ... and judged it good": "it" is the area named earlier in the clause.
      if (parts.length === 0) {
        const p = prevSignificant(ctx, g.start, clause.start, NO_WORDS);
        if (
          p >= clause.start &&
          (ctx.tokens[p]!.norm === "it" || ctx.tokens[p]!.norm === "them")
        ) {
          for (let k = p - 1; k >= Math.max(clause.start, p - 14); k--) {
            const part =
              ctx.areaAt[k]! >= 0
                ? areaPartAt(ctx, si, ctx.areas[ctx.areaAt[k]!]!.start)
                : undefined;
            if (part) {
              parts = [part];
              break;
            }
          }
        }
      }
      // "Medway was judged good for:" over bullet lines that each name an area.
      let bullets: ReturnType<typeof bulletAreas>;
      if (parts.length === 0 && opensList(ctx, si, g.end)) {
        bullets = bulletAreas(ctx, si);
        if (bullets) parts = bullets.parts;
        else {
          // "judged outstanding for:" over lines that are no areas: not the overall grade.
          report(
            ctx,
            RULE,
            "info",
            "grade skipped: the list its areas were to follow is not read",
            gSpan,
          );
          continue;
        }
      }
      let spec: AreaSpec | undefined = toAreaSpec(parts, si);
      const { referent, at } = findReferent(ctx, si, clause, g.start, g.end);
      if (referent.kind === "blocked") {
        report(ctx, RULE, "info", `grade skipped: ${referent.reason}`, gSpan);
        continue;
      }
      const isLabel =
        g.mention !== undefined && labelled(ctx, clause, g, g.mention);
      let confidence = why === "label" || isLabel ? 3 : 2;
      // "Child protection failings leave Tameside rated inadequate": the failing area and the whole service.
      const failing =
        g.grade === "inadequate" && cueIn(ctx, s.start, s.end, "limit")
          ? failingAreas(ctx, si)
          : [];
      if (!spec) {
        if (!overallAllowed(ctx, clause, g, at, failing)) {
          report(
            ctx,
            RULE,
            "info",
            "grade skipped: its area is unclear",
            gSpan,
          );
          continue;
        }
        spec = { kind: "areas", areas: ["overall-effectiveness"] };
        confidence = 1;
      }
      if (
        failing.length &&
        spec.kind === "areas" &&
        spec.areas.includes("overall-effectiveness")
      )
        spec = {
          kind: "areas",
          areas: [...new Set([...spec.areas, ...failing])],
        };
      const found = findWhen(ctx, si, clause, g.start, g.end, used);
      let { whens, marker } = found;
      // "Judgements at the previous inspection (2018):" over a label list dates the whole list.
      if (
        isLabel &&
        marker === undefined &&
        whens.length === 1 &&
        whens[0]!.kind === "current"
      ) {
        const heading = listHeadingWhen(ctx, si);
        if (heading) {
          whens = [heading];
          marker = "previous";
        }
      }
      let finalWhens: When[] = whens;
      const sameCouncil = (list: readonly { gss: string }[]): boolean =>
        list.length > 0 &&
        referent.authorities.every((a) => list.some((b) => b.gss === a.gss));
      if (
        whens.length === 1 &&
        whens[0]!.kind === "current" &&
        marker === undefined &&
        previousInSentence &&
        // "outstanding across the board after an inspection in March – every judgement at the highest
        // grade": the same grade again in the clause restates the dated one.
        (previousInSentence.clause < clause.start ||
          previousInSentence.grade === g.grade) &&
        previousInSentence.when.kind === "date" &&
        sameCouncil(previousInSentence.authorities)
      ) {
        // "... its highest rating in 2016 for A and B, while child protection support was rated good".
        finalWhens = [previousInSentence.when];
      } else if (
        whens.length === 1 &&
        whens[0]!.kind === "current" &&
        marker === undefined
      ) {
        // "In 2016 Westminster was rated outstanding for ... Its child protection ... was rated good."
        const prior = facts.get(si - 1) ?? [];
        const sameParagraph = prior.filter(
          (f) =>
            f.paragraph === s.paragraph &&
            referent.authorities.some((a) => a.gss === f.gss),
        );
        const dates = new Set<DateMentionR>();
        for (const f of sameParagraph) for (const d of f.dates) dates.add(d);
        // Only when everything that sentence said about the council was dated, and dated alike.
        if (dates.size === 1 && sameParagraph.every((f) => f.dates.size > 0))
          finalWhens = [{ kind: "date", date: [...dates][0]! }];
        else if (prior.length === 0) {
          // "Derby was last inspected in March 2019. Ofsted judged the service requires improvement."
          const earlier =
            lastInspectionDate(ctx, si - 1, s.paragraph) ??
            pastReportDate(ctx, si - 1, s.paragraph, referent.authorities);
          if (earlier) finalWhens = [{ kind: "date", date: earlier }];
        }
      }
      accepted = true;
      previousInSentence = {
        when: finalWhens[finalWhens.length - 1]!,
        authorities: referent.authorities,
        clause: clause.start,
        grade: g.grade,
      };
      lowerBound = Math.max(lowerBound, forwardEnd);
      for (const w of finalWhens) if (w.kind === "date") used.add(w.date);
      const evidence = bullets
        ? [evidenceSpan(ctx, si), bullets.span]
        : [evidenceSpan(ctx, si)];
      const aside = inRelativeClause(ctx, clause, g);
      const state = isState(ctx, clause, g) || aside;
      // A standing grade counts as an inspection's only when the inspection is its own ("Suffolk,
      // which was inspected at the same time, was rated good, and Thurrock ... requires improvement").
      const [from, to] =
        state && at >= 0 ? [Math.min(at, g.start), g.end] : [s.start, s.end];
      const eventful =
        cueIn(ctx, from, to, "inspection-event") ||
        cueIn(ctx, from, to, "visit") ||
        reportsOfsted(ctx, s.start, s.end);
      for (const when of finalWhens) {
        ctx.judgements.push({
          grade: g.grade,
          area: spec,
          authorities: referent.authorities,
          when,
          evidence,
          confidence,
          ruleId: RULE,
          sentence: si,
          // An aside's "has been rated" is a standing grade, not a mark of the reported inspection.
          marker: aside && when.kind === "current" ? undefined : marker,
          state,
          eventful,
        });
      }
      if (bullets && finalWhens.length === 1)
        colonList = {
          authorities: referent.authorities,
          when: finalWhens[0]!,
          confidence,
          ruleId: RULE,
          sentence: si,
          marker,
          state,
          eventful,
          last: bullets.last,
          head: evidenceSpan(ctx, si),
        };
      const list = facts.get(si) ?? [];
      const whenDates: DateMentionR[] = [];
      for (const w of finalWhens) if (w.kind === "date") whenDates.push(w.date);
      for (const a of referent.authorities) {
        list.push({
          paragraph: s.paragraph,
          gss: a.gss,
          dates: new Set(whenDates),
        });
      }
      facts.set(si, list);
      // "..., as was the council's overall effectiveness": the same grade for more areas.
      for (let k = g.end; k < nextGrade; k++) {
        const cue = cueAtToken(ctx, k);
        if (!cue || cue.start !== k || !cue.kinds.has("same-as")) continue;
        let j = cue.end;
        while (j < nextGrade && j - cue.end < 5 && !areaPartAt(ctx, si, j)) j++;
        const part = j < nextGrade ? areaPartAt(ctx, si, j) : undefined;
        if (part) {
          // "..., as were the services for children in care and the support given to care leavers"
          const more = toAreaSpec(
            chainForward(ctx, si, part, nextGrade, nextGrade),
            si,
          );
          if (more)
            for (const when of finalWhens)
              ctx.judgements.push({
                grade: g.grade,
                area: more,
                authorities: referent.authorities,
                when,
                evidence,
                confidence: 2,
                ruleId: RULE,
                sentence: si,
                marker,
              });
        }
        break;
      }
    }
  }
  sameGradesAsBefore(ctx);
}

const GRADE_NOUNS = new Set(["grades", "judgements", "judgments", "ratings"]);

/**
 * "West Northamptonshire was rated requires improvement in all four areas. North Northamptonshire
 * received exactly the same grades.": the council that opens the sentence takes every grade the
 * sentence before gave one other council.
 */
function sameGradesAsBefore(ctx: ParseContext): void {
  const bySentence = new Map<number, JudgementCandidate[]>();
  for (const j of ctx.judgements) {
    const list = bySentence.get(j.sentence) ?? [];
    list.push(j);
    bySentence.set(j.sentence, list);
  }
  for (let si = 1; si < ctx.sentences.length; si++) {
    // Only a sentence after one that gave grades can take them.
    const before = bySentence.get(si - 1) ?? [];
    if (ctx.masked[si] || before.length === 0) continue;
    const s = ctx.sentences[si]!;
    let at = -1;
    for (let k = s.start + 1; k < s.end - 1; k++)
      if (
        ctx.tokens[k]!.norm === "same" &&
        GRADE_NOUNS.has(ctx.tokens[k + 1]!.norm) &&
        ctx.tokens[k + 2]?.norm !== "as"
      )
        at = k;
    if (at < 0 || cueIn(ctx, s.start, at, "negation")) continue;
    const run = subjectRun(ctx, si);
    if (!run) continue;
    const entity = runEntity(ctx, run, s.start, s.end);
    if (entity.kind !== "authorities") continue;
    const others = new Set<string>();
    for (const j of before) for (const a of j.authorities) others.add(a.gss);
    if (others.size !== 1 || entity.authorities.some((a) => others.has(a.gss)))
      continue;
    const evidence = [sentenceSpan(ctx, si), ...before[0]!.evidence];
    const copies = before.map((j): JudgementCandidate => ({
      ...j,
      authorities: entity.authorities,
      evidence,
      sentence: si,
      ruleId: RULE,
    }));
    ctx.judgements.push(...copies);
    bySentence.set(si, [...(bySentence.get(si) ?? []), ...copies]);
  }
}
