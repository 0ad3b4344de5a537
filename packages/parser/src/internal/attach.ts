/**
 * Attaches areas, authorities and a time to a grade within its clause and sentence. Shared by the
 * extractors that read grade statements and rating anaphora.
 */
import { authorityNameKey, type Area, type Authority } from "@csi/domain";
import {
  cueAtToken,
  hasCue,
  type AreaSpec,
  type CueMention,
  type DateMentionR,
  type ParseContext,
  type Referent,
  type When,
} from "./context";
import { gradeTrie } from "./lexicon";
import { matchAt } from "./phrase-trie";
import { isObliqueRun, refKindAt, resolveRef } from "./referents";

/**
 * The token index `units` words before `i`, counting a name or area phrase as one word, not before
 * `lower`.
 */
export function unitsBack(
  ctx: ParseContext,
  i: number,
  units: number,
  lower: number,
): number {
  let k = i;
  let n = 0;
  while (k > lower && n < units) {
    k--;
    const a = ctx.areaAt[k]!;
    const nm = ctx.nameAt[k]!;
    const c = ctx.cueAt[k]!;
    if (a >= 0) k = Math.max(lower, ctx.areas[a]!.start);
    else if (nm >= 0) k = Math.max(lower, ctx.names[nm]!.start);
    else if (c >= 0) k = Math.max(lower, ctx.cues[c]!.start);
    n++;
  }
  return k;
}

/** Token bounds of the clause containing token `i` of sentence `sentence`. */
export function clauseBounds(
  ctx: ParseContext,
  sentence: number,
  i: number,
): { start: number; end: number } {
  const s = ctx.sentences[sentence]!;
  let start = s.start;
  let end = s.end;
  for (const c of s.clauses) {
    if (c <= i) start = c;
    else {
      end = c;
      break;
    }
  }
  return { start, end };
}

// Words the rules below match token norms against exactly.
const PARTICIPLES = new Set(["given", "offered", "provided"]);
const SERVICE_NOUNS = new Set([
  "support",
  "services",
  "service",
  "help",
  "work",
]);
const RESTRICTIVE = new Set(["who", "that"]);
const RANKS = new Set([
  "first",
  "only",
  "second",
  "third",
  "fourth",
  "latest",
  "last",
  "newest",
]);
const THAT_WHICH = new Set(["that", "which"]);
const LEAD_PRONOUNS = new Set(["it", "this", "that"]);
const THAT_SAME = new Set(["that", "same"]);
const BOUNDS = new Set(["before", "until", "till"]);
const GRADE_DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "ofsted's",
  "ofsted",
]);
const DEFINITES = new Set(["the", "its", "their"]);
const EVENT_NOUNS = new Set(["inspection", "visit", "report"]);
const OLD_WORDS = new Set(["old", "previous", "former"]);
const FRAMEWORK_NOUNS = new Set(["framework", "regime", "system"]);
const EARLIER_EVENT_WORDS = new Set([
  "inspection",
  "inspected",
  "review",
  "visit",
  "report",
]);
const AT_IN = new Set(["at", "in"]);
const PREVIOUSLY = new Set(["previously", "formerly", "before", "originally"]);
const THAN_AFTER = new Set(["than", "after"]);
const LAST_PREVIOUS = new Set(["last", "previous"]);
const INSPECTION_WORDS = new Set([
  "inspection",
  "inspected",
  "review",
  "visit",
]);
const INSPECTION_PHRASE_WORDS = new Set([
  "ofsted",
  "full",
  "inspection",
  "inspected",
  "review",
  "visit",
]);
const UP_DOWN_BACK = new Set(["up", "down", "back"]);
const QUOTES = new Set(['"', "'"]);
// Words that can sit between an area and the grade it takes ("care leavers, which was judged to be").
const LINKING = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "remain",
  "remains",
  "remained",
  "rated",
  "judged",
  "graded",
  "found",
  "considered",
  "deemed",
  "assessed",
  "described",
  "to",
  "as",
  "also",
  "both",
  "all",
  "each",
  "now",
  "still",
  "then",
  "again",
  "has",
  "have",
  "had",
  ",",
  ":",
  "-",
  "|",
  "*",
  "which",
  "that",
  "who",
  "services",
  "service",
  "work",
  "support",
  "arrangements",
  "provision",
  "practice",
  "receive",
  "receives",
  "received",
  "a",
  "an",
  "it",
  "them",
  "overall",
  "currently",
  "likewise",
  "too",
  "themselves",
  "itself",
  "performance",
  "judgement",
  "judgment",
  "grade",
  "rating",
  "given",
  "awarded",
  "earned",
  "earn",
  "won",
  "a",
  "domain",
  "area",
  "respectively",
  "(",
  ")",
]);
// Words that may separate two areas in a list ("children looked after, adoption and care leavers").
const LIST_BLOCKERS = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "but",
  "while",
  "whereas",
  ";",
  ".",
  "!",
  "?",
  "said",
  "says",
  "found",
  "rated",
  "judged",
  "graded",
  "praised",
  "described",
]);
const PREPOSITIONS = new Set([
  "for",
  // "gave the same grade to the impact of leaders, to help and protection and to care leavers"
  "to",
  "in",
  "on",
  "across",
  "around",
  "covering",
  "regarding",
  "at",
  "about",
]);
const FORWARD_SKIP = new Set([
  ...QUOTES,
  ",",
  "again",
  "too",
  "also",
  "by",
  "from",
  "ofsted",
  "inspectors",
  "both",
  "each",
  "twice",
  "once",
  "and",
  "the",
  "same",
  "a",
  "an",
  "its",
  "their",
  "overall",
]);

/** One attached area item. */
export type AreaPart =
  | {
      readonly kind: "areas";
      readonly areas: readonly Area[];
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly kind: "all";
      readonly count?: number;
      readonly except?: readonly Area[];
      readonly others?: boolean;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly kind: "count";
      readonly count: number;
      readonly of: number;
      readonly start: number;
      readonly end: number;
    };

/** The area item starting at token `k`, if any ("that area" resolves to the nearest earlier area). */
export function areaPartAt(
  ctx: ParseContext,
  sentence: number,
  k: number,
): AreaPart | undefined {
  const a = ctx.areaAt[k]!;
  if (a >= 0) {
    const m = ctx.areas[a]!;
    return { kind: "areas", areas: m.areas, start: m.start, end: m.end };
  }
  const cue = cueAtToken(ctx, k);
  if (!cue) return undefined;
  if (cue.kinds.has("all-areas")) {
    let others = false;
    for (let j = cue.start; j < cue.end; j++)
      if (/^(?:other|remaining)$/.test(ctx.tokens[j]!.norm)) others = true;
    return {
      kind: "all",
      ...(cue.count !== undefined ? { count: cue.count } : {}),
      ...(others ? { others } : {}),
      start: cue.start,
      end: cue.end,
    };
  }
  if (
    cue.kinds.has("count-areas") &&
    cue.count !== undefined &&
    cue.of !== undefined
  )
    return {
      kind: "count",
      count: cue.count,
      of: cue.of,
      start: cue.start,
      end: cue.end,
    };
  if (cue.kinds.has("area-ref")) {
    const s = ctx.sentences[sentence]!;
    const from = Math.max(
      ctx.sentences[Math.max(0, sentence - 1)]!.start,
      s.start - 60,
    );
    for (let j = cue.start - 1; j >= from; j--) {
      const b = ctx.areaAt[j]!;
      if (b >= 0) {
        const m = ctx.areas[b]!;
        if (m.bareOverall) continue;
        return {
          kind: "areas",
          areas: m.areas,
          start: cue.start,
          end: cue.end,
        };
      }
    }
  }
  return undefined;
}

function isVerbish(ctx: ParseContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (LIST_BLOCKERS.has(t.norm)) return true;
  return (
    hasCue(ctx, k, "copula") ||
    (hasCue(ctx, k, "rating-verb") && !hasCue(ctx, k, "rating-noun"))
  );
}

const EXCEPT = new Set([
  "except",
  "apart",
  "excluding",
  "bar",
  "save",
  "besides",
]);

/** "good in all areas apart from help and protection": the areas after the exception word. */
function exceptions(
  ctx: ParseContext,
  sentence: number,
  from: number,
  limit: number,
): { areas: Area[]; end: number } | undefined {
  let k = from;
  while (
    k < limit &&
    k - from < 3 &&
    (ctx.tokens[k]!.norm === "," || ctx.tokens[k]!.norm === "-")
  )
    k++;
  const t = ctx.tokens[k];
  if (!t) return undefined;
  const isExcept =
    EXCEPT.has(t.norm) ||
    (t.norm === "other" && ctx.tokens[k + 1]?.norm === "than") ||
    (t.norm === "with" && ctx.tokens[k + 2]?.norm === "exception");
  if (!isExcept) return undefined;
  let j = k + 1;
  while (j < limit && j - k < 9 && !areaPartAt(ctx, sentence, j)) j++;
  const first = j < limit ? areaPartAt(ctx, sentence, j) : undefined;
  if (!first || first.kind !== "areas") return undefined;
  const parts = chainForward(ctx, sentence, first, limit, limit);
  const areas: Area[] = [];
  for (const p of parts) if (p.kind === "areas") areas.push(...p.areas);
  return { areas, end: parts[parts.length - 1]!.end };
}

const CHAIN_STOPS = new Set(["that", "which", "who", "whose", "when", "where"]);

/**
 * Extends a list of areas from `first` forwards over list gaps, up to `limit`: "children in care and
 * the support given to care leavers".
 */
export function chainForward(
  ctx: ParseContext,
  sentence: number,
  first: AreaPart,
  limit: number,
  nextGrade: number,
): AreaPart[] {
  // "good for each of the three other judgements: A, B and C": the areas listed are the ones meant.
  const listedOthers =
    first.kind === "all" &&
    first.others === true &&
    /^(?::|-)$/.test(ctx.tokens[first.end]?.norm ?? "");
  if (first.kind === "all" && !listedOthers) {
    // The exception may open a clause of its own (", with the exception of ...").
    const ex = exceptions(ctx, sentence, first.end, nextGrade);
    return [ex ? { ...first, except: ex.areas } : first];
  }
  const parts: AreaPart[] = [first];
  let k = first.end;
  let gap = 0;
  while (k < limit && k < nextGrade) {
    if (EXCEPT.has(ctx.tokens[k]!.norm)) break;
    // "good overall, and that adoption performance had been singled out": a new clause, not the list.
    if (CHAIN_STOPS.has(ctx.tokens[k]!.norm)) break;
    const part = areaPartAt(ctx, sentence, k);
    if (part) {
      if (linksBackTo(ctx, part.end, nextGrade)) break;
      parts.push(part);
      k = part.end;
      gap = 0;
      continue;
    }
    // "the support given to care leavers": a participle after a service noun is part of the item.
    const participle =
      PARTICIPLES.has(ctx.tokens[k]!.norm) &&
      (SERVICE_NOUNS.has(ctx.tokens[k - 1]?.norm ?? "") ||
        ctx.areaAt[k - 1]! >= 0);
    if (
      ctx.gradeAt[k]! >= 0 ||
      ctx.nameAt[k]! >= 0 ||
      (isVerbish(ctx, k) && !participle)
    )
      break;
    // "good overall with outstanding services for children in care": a grade word used as an
    // adjective starts another evaluation, so the list stops.
    if (matchAt(gradeTrie(), ctx.tokens, k)) break;
    // "rated the council good overall, and that adoption ...": a new "that" clause.
    if (ctx.tokens[k]!.norm === "that") break;
    // "three of its five judgements – A, B and C – with D rated good": "with" after a comma or a
    // dash opens a clause of its own.
    if (
      ctx.tokens[k]!.norm === "with" &&
      /^(?:,|-|;)$/.test(ctx.tokens[k - 1]?.norm ?? "")
    )
      break;
    // "to the help and protection offered to children at risk, and to the support given to care
    // leavers": a comma and a repeated preposition start the next item.
    if (
      ctx.tokens[k]!.norm === "," &&
      /^(?:to|for)$/.test(
        ctx.tokens[ctx.tokens[k + 1]?.norm === "and" ? k + 2 : k + 1]?.norm ??
          "",
      )
    )
      gap = 0;
    if (ctx.tokens[k]!.kind !== "punct" && ++gap > 8) break;
    k++;
  }
  return parts;
}

/** True when only linking words, including a verb or a label colon, separate token `from` and a grade starting at `grade`. */
function linksBackTo(ctx: ParseContext, from: number, grade: number): boolean {
  if (grade >= ctx.tokens.length || grade - from > 8) return false;
  let verb = false;
  for (let k = from; k < grade; k++) {
    const t = ctx.tokens[k]!;
    if (
      !LINKING.has(t.norm) &&
      !QUOTES.has(t.norm) &&
      !(t.kind === "num" && t.norm.length <= 2)
    )
      return false;
    if (
      t.norm === ":" ||
      hasCue(ctx, k, "copula") ||
      (hasCue(ctx, k, "rating-verb") && !hasCue(ctx, k, "rating-noun"))
    )
      verb = true;
  }
  return verb;
}

/**
 * Areas after a grade: "good for A, B and C", "outstanding in every area", "good overall",
 * "the highest rating in 2016 for A". Stops before an area that a later grade claims ("..., in
 * contrast with help and protection, which was judged good").
 */
/** "rated good with outstanding leadership": the grade ending at `gradeEnd` follows "with". */
function withBeforeGrade(ctx: ParseContext, gradeEnd: number): boolean {
  const g = ctx.gradeAt[gradeEnd - 1]!;
  return g >= 0 && ctx.tokens[ctx.grades[g]!.start - 1]?.norm === "with";
}

export function forwardAreas(
  ctx: ParseContext,
  sentence: number,
  gradeEnd: number,
  clauseEnd: number,
  nextGrade: number,
): AreaPart[] {
  // "Since 2019, when the council was judged good overall, leaders have ...": an aside holding the
  // grade ends at its comma; what follows is the main clause's.
  const aside = relativeClauses(ctx, sentence).find(
    ([a, b]) => a < gradeEnd && gradeEnd < b,
  );
  if (aside) clauseEnd = Math.min(clauseEnd, aside[1] - 1);
  let k = gradeEnd;
  let prep = false;
  let steps = 0;
  while (k < clauseEnd && k < nextGrade && steps < 14) {
    const part = areaPartAt(ctx, sentence, k);
    if (part) {
      // Without a preposition only "overall" and quantifiers attach directly ("good overall", "across the board").
      const direct =
        part.kind !== "areas" ||
        (ctx.areas[ctx.areaAt[k]!]?.bareOverall ?? false) ||
        (k === gradeEnd && withBeforeGrade(ctx, gradeEnd));
      if (!prep && !direct) return [];
      if (part.kind === "areas" && linksBackTo(ctx, part.end, nextGrade))
        return [];
      return chainForward(ctx, sentence, part, clauseEnd, nextGrade);
    }
    const t = ctx.tokens[k]!;
    // "'Requires Improvement to be Good' (RI2BG) in all four areas": skip the bracketed restatement.
    if (t.norm === "(" && ctx.gradeAt[k + 1]! >= 0) {
      const close = ctx.grades[ctx.gradeAt[k + 1]!]!.end;
      if (ctx.tokens[close]?.norm === ")") {
        k = close + 1;
        steps++;
        continue;
      }
    }
    if (ctx.gradeAt[k]! >= 0) return [];
    if (PREPOSITIONS.has(t.norm)) prep = true;
    else if (ctx.dateAt[k]! >= 0) {
      k = ctx.dates[ctx.dateAt[k]!]!.end;
      steps++;
      continue;
    } else if (isVerbish(ctx, k) && !hasCue(ctx, k, "rating-noun")) return [];
    else if (
      !prep &&
      !FORWARD_SKIP.has(t.norm) &&
      !hasCue(ctx, k, "rating-noun") &&
      ctx.nameAt[k]! < 0
    )
      return [];
    k++;
    steps++;
  }
  return [];
}

/**
 * Areas before a grade: "child protection was rated requires improvement", "Help and protection:
 * Good", "A, B and C were all judged good". `lower` is the first token the search may use.
 */
export function backwardAreas(
  ctx: ParseContext,
  sentence: number,
  gradeStart: number,
  lower: number,
): AreaPart[] {
  let k = gradeStart - 1;
  let linking = 0;
  while (k >= lower) {
    const t = ctx.tokens[k]!;
    if (
      ctx.areaAt[k]! >= 0 ||
      hasCue(ctx, k, "all-areas") ||
      hasCue(ctx, k, "area-ref") ||
      hasCue(ctx, k, "count-areas")
    )
      break;
    const footnote = t.kind === "num" && t.norm.length <= 2;
    // "the Torbay Safeguarding Children Board (TSCB), which brings together the council, police and
    // health bodies, was found to require improvement": step over the aside after the area.
    if (t.norm === ",") {
      const areaEnd = areaBeforeAside(ctx, k, lower);
      if (areaEnd >= 0) {
        k = areaEnd;
        break;
      }
    }
    if (
      !LINKING.has(t.norm) &&
      !QUOTES.has(t.norm) &&
      !footnote &&
      !hasCue(ctx, k, "rating-verb") &&
      !hasCue(ctx, k, "copula")
    ) {
      // "the way the council helps and protects children who may be at risk was rated ...": step
      // over a restrictive relative clause hanging off the area.
      const rel = relativeAfterArea(ctx, k, lower);
      if (rel) {
        k = rel[0] - 1;
        break;
      }
      // "the help and protection of vulnerable children also required improvement": step over a short
      // phrase hanging off the area.
      const pp = areaBeforePhrase(ctx, k, lower);
      if (pp < 0) return [];
      k = pp;
      break;
    }
    if (++linking > 9) return [];
    k--;
  }
  if (k < lower) return [];
  const parts: AreaPart[] = [];
  // Walk back over the list.
  let gap = 0;
  while (k >= lower) {
    const startOfMention = (() => {
      const a = ctx.areaAt[k]!;
      if (a >= 0) return ctx.areas[a]!.start;
      const cue = cueAtToken(ctx, k);
      return cue &&
        (cue.kinds.has("all-areas") ||
          cue.kinds.has("area-ref") ||
          cue.kinds.has("count-areas"))
        ? cue.start
        : -1;
    })();
    if (startOfMention >= 0) {
      const part = areaPartAt(ctx, sentence, startOfMention);
      if (part) parts.unshift(part);
      k = startOfMention - 1;
      gap = 0;
      continue;
    }
    // "the support given to care leavers": a participle after a service noun is part of the item.
    const participle =
      PARTICIPLES.has(ctx.tokens[k]!.norm) &&
      (SERVICE_NOUNS.has(ctx.tokens[k - 1]?.norm ?? "") ||
        ctx.areaAt[k - 1]! >= 0);
    if (
      ctx.gradeAt[k]! >= 0 ||
      ctx.nameAt[k]! >= 0 ||
      (isVerbish(ctx, k) && !participle)
    )
      break;
    if (ctx.tokens[k]!.kind !== "punct" && ++gap > 8) break;
    k--;
  }
  return parts;
}

/**
 * The last token of an area that a non-restrictive aside (", which ... ,") closing with the comma at
 * `comma` follows, or -1.
 */
function areaBeforeAside(
  ctx: ParseContext,
  comma: number,
  lower: number,
): number {
  for (let j = comma - 1; j > lower && comma - j <= 30; j--) {
    if (ctx.gradeAt[j]! >= 0) return -1;
    if (
      ctx.tokens[j]!.norm === "," &&
      RELATIVES.has(ctx.tokens[j + 1]?.norm ?? "")
    ) {
      let e = j - 1;
      // "... Board (TSCB), which": an acronym in brackets after the area.
      if (ctx.tokens[e]?.norm === ")" && ctx.tokens[e - 2]?.norm === "(")
        e -= 3;
      return e >= lower && ctx.areaAt[e]! >= 0 ? e : -1;
    }
  }
  return -1;
}

const PHRASE_PREPOSITIONS = new Set([
  "of",
  "for",
  "in",
  "at",
  "within",
  "across",
  "from",
]);

/**
 * A restrictive relative clause ("who may be at risk") between an area and the token `k` that ends
 * it: its token range `[start, k + 1)`, where `start` is the relative pronoun right after the area.
 */
export function relativeAfterArea(
  ctx: ParseContext,
  k: number,
  lower: number,
): [number, number] | undefined {
  for (let j = k; j >= Math.max(lower + 1, k - 8); j--) {
    const t = ctx.tokens[j]!;
    if (ctx.gradeAt[j]! >= 0 || t.norm === "," || ctx.nameAt[j]! >= 0)
      return undefined;
    if (RESTRICTIVE.has(t.norm) && ctx.areaAt[j - 1]! >= 0) return [j, k + 1];
  }
  return undefined;
}

/** The end of an area right before a short prepositional phrase ending at `k` ("... protection of vulnerable children"), or -1. */
function areaBeforePhrase(ctx: ParseContext, k: number, lower: number): number {
  for (let j = k; j >= Math.max(lower + 1, k - 6); j--) {
    const t = ctx.tokens[j]!;
    // "the help and protection given to children at risk": "given to" after an area opens the phrase.
    if (
      /^(?:given|shown)$/.test(t.norm) &&
      ctx.tokens[j + 1]?.norm === "to" &&
      ctx.areaAt[j - 1]! >= 0
    )
      return j - 1;
    // A place may sit in the phrase ("help and protection in Wigan requires improvement").
    if (ctx.gradeAt[j]! >= 0 || isVerbish(ctx, j) || t.norm === ",") return -1;
    if (PHRASE_PREPOSITIONS.has(t.norm) && ctx.areaAt[j - 1]! >= 0)
      return j - 1;
    // "the help and protection offered to children": a participle opening the phrase.
    if (
      t.norm.endsWith("ed") &&
      t.norm.length > 4 &&
      ctx.areaAt[j - 1]! >= 0 &&
      !hasCue(ctx, j, "rating-verb")
    )
      return j - 1;
  }
  return -1;
}

// Words a clause may open with before its first area ("The", "However, its", "For").
const CLAUSE_OPENERS = new Set([
  "the",
  "but",
  "and",
  "however",
  "so",
  "its",
  "their",
  "while",
  "whereas",
  "although",
  ",",
  "with",
  '"',
  "'",
  "*",
  "-",
  "also",
  "domain",
  "area",
  "judgement",
  "judgment",
  "covering",
  "for",
  "of",
  "on",
  "about",
  ".",
  "ofsted",
  "ofsted's",
  "inspectors",
]);

/** The first area item of a clause, when the clause opens with one ("The SSCB, the partnership ..., was found to require improvement"). */
export function clauseInitialAreas(
  ctx: ParseContext,
  sentence: number,
  clauseStart: number,
  gradeStart: number,
): AreaPart[] {
  let k = clauseStart;
  while (
    k < gradeStart &&
    (CLAUSE_OPENERS.has(ctx.tokens[k]!.norm) ||
      ctx.tokens[k]!.kind === "num") &&
    k - clauseStart < 7
  )
    k++;
  // "The Kingston and Richmond Local Safeguarding Children Board": councils naming a board.
  let named = false;
  // "The Pan-Dorset Safeguarding Children Board": a prefix hyphenated to the first name.
  if (
    k + 1 < gradeStart &&
    ctx.nameAt[k + 1]! >= 0 &&
    ctx.nameAt[k]! < 0 &&
    /^[-‐‑]$/.test(ctx.text.slice(ctx.tokens[k]!.end, ctx.tokens[k + 1]!.start))
  )
    k++;
  while (
    k < gradeStart &&
    k - clauseStart < 12 &&
    (ctx.nameAt[k]! >= 0 ||
      (named && ctx.tokens[k]!.norm === "and") ||
      (named && CLAUSE_OPENERS.has(ctx.tokens[k]!.norm)))
  ) {
    if (ctx.nameAt[k]! >= 0) named = true;
    k++;
  }
  const part = areaPartAt(ctx, sentence, k);
  if (!part || part.kind !== "areas") return [];
  if (named && !(part.areas.length === 1 && part.areas[0] === "lscb"))
    return [];
  // "Ofsted's overall judgement is that children's services in Torbay are inadequate": a name may sit between.
  // "For help and protection, Wigan was rated good": a fronted area phrase also lets a name follow.
  const fronted = ["for", "on", "regarding"].includes(
    ctx.tokens[clauseStart]!.norm,
  );
  const overall =
    fronted ||
    (part.areas.length === 1 && part.areas[0] === "overall-effectiveness");
  // "The Pan-Dorset Safeguarding Children Board, which is shared by Bournemouth, Poole and the
  // county, had been judged good": the names in the aside describe the board.
  let from = part.end;
  if (
    ctx.tokens[from]?.norm === "," &&
    RELATIVES.has(ctx.tokens[from + 1]?.norm ?? "")
  ) {
    let close = -1;
    for (let j = from + 2; j < gradeStart; j++)
      if (ctx.tokens[j]!.norm === ",") close = j;
    if (close > 0) from = close + 1;
  }
  for (let j = from; j < gradeStart; j++) {
    if (
      ctx.gradeAt[j]! >= 0 ||
      ctx.areaAt[j]! >= 0 ||
      (!overall &&
        ctx.nameAt[j]! >= 0 &&
        ctx.names[ctx.nameAt[j]!]!.kind !== "region")
    )
      return [];
  }
  return chainForward(ctx, sentence, part, gradeStart, gradeStart);
}

/** Combines area parts into one spec; `undefined` when there are none. */
export function toAreaSpec(
  parts: readonly AreaPart[],
  sentence: number,
): AreaSpec | undefined {
  if (parts.length === 0) return undefined;
  const all = parts.find((p) => p.kind === "all");
  const count = parts.find((p) => p.kind === "count");
  const areas: Area[] = [];
  for (const p of parts) if (p.kind === "areas") areas.push(...p.areas);
  if (count && count.kind === "count") {
    const listed: Area[] = [];
    for (const p of parts)
      if (p.kind === "areas" && p.start >= count.end) listed.push(...p.areas);
    const withOverall = parts.some(
      (p) =>
        p.kind === "areas" &&
        p.end <= count.start &&
        p.areas.length === 1 &&
        p.areas[0] === "overall-effectiveness",
    );
    return {
      kind: "count",
      count: count.count,
      of: count.of,
      sentence,
      ...(listed.length ? { listed: [...new Set(listed)] } : {}),
      ...(withOverall ? { withOverall } : {}),
    };
  }
  // "outstanding overall and in all four other judgements": the overall grade and every other area.
  if (
    all &&
    all.kind === "all" &&
    all.others &&
    areas.length > 0 &&
    areas.every((a) => a === "overall-effectiveness") &&
    parts.every((p) => p.kind !== "areas" || p.end <= all.start)
  )
    return { kind: "all" };
  // "every other area – A, B and C – as good": the areas named are the ones meant.
  if (all && all.kind === "all" && all.others && areas.length > 0)
    return { kind: "areas", areas: [...new Set(areas)] };
  if (all && all.kind === "all")
    return {
      kind: "all",
      ...(all.count !== undefined ? { count: all.count } : {}),
      ...(all.except ? { except: all.except } : {}),
      ...(all.others ? { others: true } : {}),
    };
  return { kind: "areas", areas: [...new Set(areas)] };
}

const RELATIVES = new Set(["which", "who", "whose", "where", "when"]);

const relativesMemo = new WeakMap<
  ParseContext,
  (readonly [number, number][] | undefined)[]
>();

/** Token ranges `[start, end)` of non-restrictive relative clauses (", which ... ,") in a sentence. */
export function relativeClauses(
  ctx: ParseContext,
  sentence: number,
): readonly [number, number][] {
  let bySentence = relativesMemo.get(ctx);
  if (!bySentence) {
    bySentence = new Array(ctx.sentences.length);
    relativesMemo.set(ctx, bySentence);
  }
  if (!bySentence[sentence]) {
    const found = findRelativeClauses(ctx, sentence);
    // Most sentences have none: they share one empty list rather than keep their own.
    bySentence[sentence] = found.length ? found : NO_RELATIVES;
  }
  return bySentence[sentence];
}

const NO_RELATIVES: readonly [number, number][] = [];

function findRelativeClauses(
  ctx: ParseContext,
  sentence: number,
): [number, number][] {
  const s = ctx.sentences[sentence]!;
  const out: [number, number][] = [];
  for (let k = s.start; k < s.end - 1; k++) {
    const open = ctx.tokens[k]!.norm;
    // ", which ... ," and "- which ... -" (token norms fold every dash to "-")
    const dash = open === "-";
    if ((open !== "," && !dash) || !RELATIVES.has(ctx.tokens[k + 1]!.norm))
      continue;
    for (let j = k + 2; j < Math.min(s.end, k + 35); j++) {
      const close = ctx.tokens[j]!.norm;
      if (close === (dash ? "-" : ",")) {
        out.push([k, j + 1]);
        k = j;
        break;
      }
    }
  }
  return out;
}

function insideOther(
  ranges: readonly [number, number][],
  k: number,
  gradeStart: number,
): [number, number] | undefined {
  return ranges.find(
    ([a, b]) => a <= k && k < b && !(a <= gradeStart && gradeStart < b),
  );
}

/** Finds who a grade is about: the nearest referring expression before it in its clause, then after it, then earlier clauses, then the topic. */
export function findReferent(
  ctx: ParseContext,
  sentence: number,
  clause: { start: number; end: number },
  gradeStart: number,
  gradeEnd: number,
): { referent: Referent; at: number } {
  const relatives = relativeClauses(ctx, sentence);
  // "..., who previously led children's services in Windsor and Maidenhead, rated outstanding in
  // 2023, said": a participle right after a name and a comma describes that name.
  let v = gradeStart - 1;
  while (
    v > clause.start &&
    gradeStart - v <= 4 &&
    (hasCue(ctx, v, "rating-verb") ||
      QUOTES.has(ctx.tokens[v]!.norm) ||
      ctx.tokens[v]!.norm === "as")
  )
    v--;
  if (
    v < gradeStart - 1 &&
    hasCue(ctx, v + 1, "rating-verb") &&
    ctx.tokens[v + 1]!.norm.endsWith("ed") &&
    ctx.tokens[v]!.norm === "," &&
    v - 1 >= clause.start &&
    ctx.nameAt[v - 1]! >= 0 &&
    ctx.names[ctx.nameAt[v - 1]!]!.kind !== "region"
  ) {
    const at = ctx.names[ctx.nameAt[v - 1]!]!.start;
    return { referent: resolveRef(ctx, sentence, at, "name"), at };
  }
  for (let k = gradeStart - 1; k >= clause.start; k--) {
    // "The service, which was run with Hampshire until last year, was found to be good": skip the aside.
    const aside = insideOther(relatives, k, gradeStart);
    if (aside) {
      k = aside[0];
      continue;
    }
    // "... learned from North Lincolnshire, which has been rated outstanding twice": the grade in a
    // relative clause is its antecedent's.
    if (
      RELATIVES.has(ctx.tokens[k]!.norm) &&
      ctx.tokens[k - 1]?.norm === "," &&
      k - 2 >= clause.start &&
      ctx.nameAt[k - 2]! >= 0 &&
      ctx.names[ctx.nameAt[k - 2]!]!.kind !== "region"
    ) {
      const at = ctx.names[ctx.nameAt[k - 2]!]!.start;
      return { referent: resolveRef(ctx, sentence, at, "name"), at };
    }
    const kind = refKindAt(ctx, k);
    // "Richmond upon Thames, the third AfC council, was last rated good": an appositive noun phrase
    // describes the name before it.
    if (kind === "indefinite") {
      const named = appositionName(ctx, startOf(ctx, k), k, clause.start);
      if (named >= 0)
        return {
          referent: resolveRef(ctx, sentence, named, "name"),
          at: named,
        };
    }
    // "Wigan became the first council in the region to be rated outstanding": a predicate, not a subject.
    if (
      kind === "indefinite" &&
      RANKS.has(ctx.tokens[startOf(ctx, k) - 1]?.norm ?? "")
    ) {
      k = startOf(ctx, k);
      continue;
    }
    // "It marks a turnaround for a council that was rated inadequate in 2017": an indefinite with a
    // relative clause, in a sentence naming no council, is the council the text is about.
    if (kind === "indefinite") {
      const cue = cueAtToken(ctx, k);
      const topic = ctx.topic[sentence];
      const s = ctx.sentences[sentence]!;
      let named = false;
      for (let j = s.start; j < s.end && !named; j++)
        if (ctx.nameAt[j]! >= 0) named = true;
      if (
        cue &&
        ctx.tokens[cue.start]!.norm === "a" &&
        THAT_WHICH.has(ctx.tokens[cue.end]?.norm ?? "") &&
        !named &&
        topic?.kind === "authorities" &&
        topic.authorities.length === 1 &&
        LEAD_PRONOUNS.has(ctx.tokens[s.start]!.norm) &&
        anchorsIn(ctx, cue.end, clause.end).some(
          (a) => a.value.year !== undefined,
        )
      )
        return {
          referent: {
            kind: "authorities",
            authorities: topic.authorities,
            span: topic.span,
          },
          at: k,
        };
    }
    // "Rutland County Council, the smallest authority outside London and the Isles of Scilly, was
    // judged good": a prepositional name gives way to a name earlier in the clause.
    if (
      kind === "name" &&
      isObliqueRun(ctx, { start: startOf(ctx, k) }, clause.start)
    ) {
      const earlier = subjectNameBefore(
        ctx,
        clause.start,
        startOf(ctx, k),
        relatives,
        gradeStart,
      );
      if (earlier >= 0)
        return {
          referent: resolveRef(ctx, sentence, earlier, "name"),
          at: earlier,
        };
    }
    if (kind)
      return {
        referent: resolveRef(ctx, sentence, startOf(ctx, k), kind),
        at: k,
      };
  }
  for (let k = gradeEnd; k < clause.end; k++) {
    const kind = refKindAt(ctx, k);
    // "In other areas that have received an inadequate verdict, such as Doncaster and Slough, ...":
    // councils given as examples of a grade, not graded here.
    if (kind === "name" && exampleAt(ctx, startOf(ctx, k)))
      return {
        referent: {
          kind: "blocked",
          reason: "councils given as examples of a grade",
        },
        at: k,
      };
    if (kind === "name" || kind === "group-ref")
      return {
        referent: resolveRef(ctx, sentence, startOf(ctx, k), kind),
        at: k,
      };
    if (kind === "trap")
      return { referent: resolveRef(ctx, sentence, k, kind), at: k };
  }
  const s = ctx.sentences[sentence]!;
  for (let k = clause.start - 1; k >= s.start; k--) {
    const kind = refKindAt(ctx, k);
    if (kind)
      return {
        referent: resolveRef(ctx, sentence, startOf(ctx, k), kind),
        at: k,
      };
  }
  const topic = ctx.topic[sentence];
  if (topic?.kind === "authorities") {
    // "Sandwell Children's Trust has been rated good ... Dudley was rated requires improvement ...
    // Inspectors said help and protection was good": with no council in the sentence, a grade goes
    // to the last council named only when that is the headline's council (or the headline names none).
    const headline = headlineCouncils(ctx);
    if (
      sentence > 1 &&
      headline.size > 0 &&
      !topic.authorities.some(
        (a) => headline.has(a.gss) || headline.has(authorityNameKey(a.name)),
      ) &&
      // "Stockport: requires improvement / But Stockport Council's ... The leadership judgement also
      // came back as requires improvement": a round-up paragraph that names its council earlier.
      !namedInParagraph(ctx, sentence, topic.authorities)
    )
      return {
        referent: {
          kind: "blocked",
          reason:
            "no council in the sentence, and the last one named is not the headline's",
        },
        at: -1,
      };
    return {
      referent: {
        kind: "authorities",
        authorities: topic.authorities,
        span: topic.span,
      },
      at: -1,
    };
  }
  if (topic?.kind === "other")
    return { referent: { kind: "blocked", reason: topic.reason }, at: -1 };
  return { referent: resolveRef(ctx, sentence, gradeStart, "pronoun"), at: -1 };
}

/**
 * The start of the name a noun phrase `[from, to]` stands in apposition to (", the third AfC
 * council,"), or -1: a comma before the phrase with a council's name right before it, and a comma
 * right after.
 */
function appositionName(
  ctx: ParseContext,
  from: number,
  to: number,
  lower: number,
): number {
  const cue = cueAtToken(ctx, to);
  const end = cue ? cue.end : to + 1;
  if (ctx.tokens[end]?.norm !== ",") return -1;
  for (let j = from - 1; j > lower && from - j <= 5; j--) {
    const t = ctx.tokens[j]!;
    if (t.norm === ",") {
      const n = ctx.nameAt[j - 1]!;
      if (n < 0 || ctx.names[n]!.kind !== "authority") return -1;
      return ctx.names[n]!.start;
    }
    if (
      t.norm !== "the" &&
      !t.cap &&
      ctx.nameAt[j]! < 0 &&
      !/^(?:first|second|third|fourth|other|only|last|latest)$/.test(t.norm)
    )
      return -1;
  }
  return -1;
}

/** The name starting at token `k` follows "such as", "like" or "including". */
function exampleAt(ctx: ParseContext, k: number): boolean {
  const before = ctx.tokens[k - 1]?.norm;
  return (
    before === "like" ||
    before === "including" ||
    (before === "as" && ctx.tokens[k - 2]?.norm === "such")
  );
}

const headlineMemo = new WeakMap<ParseContext, ReadonlySet<string>>();

/** The councils the first sentence (the headline) names. */
function headlineCouncils(ctx: ParseContext): ReadonlySet<string> {
  let found = headlineMemo.get(ctx);
  if (!found) {
    const set = new Set<string>();
    const s = ctx.sentences[0];
    if (s)
      for (let k = s.start; k < s.end; k++) {
        const n = ctx.nameAt[k]!;
        if (n < 0) continue;
        const name = ctx.names[n]!;
        if (name.kind === "authority" || name.kind === "body")
          for (const a of name.authorities) {
            set.add(a.gss);
            // "Dorset County Council" in the headline is also the "Dorset" named later (whose
            // register entry may be the council that succeeded it).
            set.add(authorityNameKey(a.name));
          }
        k = name.end - 1;
      }
    found = set;
    headlineMemo.set(ctx, found);
  }
  return found;
}

/**
 * One of `authorities` is named in an earlier sentence of the paragraph of sentence `sentence`, as a
 * name of its own (not a body serving several councils).
 */
function namedInParagraph(
  ctx: ParseContext,
  sentence: number,
  authorities: readonly Authority[],
): boolean {
  const paragraph = ctx.sentences[sentence]!.paragraph;
  for (
    let j = sentence - 1;
    j >= 0 && sentence - j <= 20 && ctx.sentences[j]!.paragraph === paragraph;
    j--
  ) {
    if (ctx.masked[j]) continue;
    const s = ctx.sentences[j]!;
    for (let k = s.start; k < s.end; k++) {
      const n = ctx.nameAt[k]!;
      if (n < 0) continue;
      const name = ctx.names[n]!;
      if (
        name.kind === "authority" &&
        name.authorities.length === 1 &&
        authorities.some((a) => a.gss === name.authorities[0]!.gss)
      )
        return true;
      k = name.end - 1;
    }
  }
  return false;
}

/** The start of the nearest name before `before` in the clause that is not itself prepositional, or -1. */
function subjectNameBefore(
  ctx: ParseContext,
  clauseStart: number,
  before: number,
  relatives: readonly [number, number][],
  gradeStart: number,
): number {
  for (let k = before - 1; k >= clauseStart; k--) {
    const aside = insideOther(relatives, k, gradeStart);
    if (aside) {
      k = aside[0];
      continue;
    }
    if (refKindAt(ctx, k) !== "name") continue;
    const start = startOf(ctx, k);
    if (!isObliqueRun(ctx, { start }, clauseStart)) return start;
    k = start;
  }
  return -1;
}

function startOf(ctx: ParseContext, k: number): number {
  if (ctx.nameAt[k]! >= 0) return ctx.names[ctx.nameAt[k]!]!.start;
  const cue = cueAtToken(ctx, k);
  return cue ? cue.start : k;
}

/** Dates in a sentence that can be an inspection's date (not spans of years, not "set up in 2017"). */
export function anchorsIn(
  ctx: ParseContext,
  from: number,
  to: number,
): DateMentionR[] {
  const found: DateMentionR[] = [];
  for (let k = from; k < to; k++) {
    const d = ctx.dateAt[k]!;
    if (d < 0) continue;
    const date = ctx.dates[d]!;
    if (date.start !== k) continue;
    k = date.end - 1;
    if (date.value.yearSpan) continue;
    if (isUnrelated(ctx, date.start, from)) continue;
    // "From April this year, inspections no longer result in an overall grade": a sentence opening
    // with "from" and a single date tells when something starts, not when an inspection took place.
    if (
      date.start - 1 === from &&
      ctx.tokens[from]!.norm === "from" &&
      date.value.endMonth === undefined &&
      date.value.endDay === undefined
    )
      continue;
    // The byline or dateline is the document's date, never an inspection's.
    if (
      ctx.published.span &&
      ctx.tokens[date.start]!.start === ctx.published.span.start
    )
      continue;
    found.push(date);
  }
  return found;
}

// Verbs that start or end an event; "the inspection began on 3 August" dates the inspection itself.
const EVENT_BOUNDS = new Set([
  "began",
  "begun",
  "started",
  "starting",
  "ended",
]);
// One inspection as the subject of such a verb (not "inspections began under the new framework").
const ONE_INSPECTION = new Set(["inspection", "fieldwork", "visit", "work"]);
const SUBJECT_FILLERS = new Set(["that", "which", "had", "has", "was", "work"]);

function inspectionBounded(
  ctx: ParseContext,
  verb: number,
  from: number,
): boolean {
  if (!EVENT_BOUNDS.has(ctx.tokens[verb]!.norm)) return false;
  for (let j = verb - 1; j >= Math.max(from, verb - 3); j--) {
    const norm = ctx.tokens[j]!.norm;
    if (ONE_INSPECTION.has(norm) && hasCue(ctx, j, "inspection-event"))
      return true;
    if (!SUBJECT_FILLERS.has(norm)) return false;
  }
  return false;
}

function underBefore(ctx: ParseContext, j: number): boolean {
  for (let k = j - 1; k >= Math.max(0, j - 4); k--)
    if (ctx.tokens[k]!.norm === "under") return true;
  return false;
}

const PUBLISHING = new Set(["published", "publishes", "released", "issued"]);
const VISIT_WORDS = new Set([
  "visited",
  "carried",
  "took",
  "spent",
  "inspected",
]);

/** "Ofsted published five inspections of children's services on 18 May": the date a report came out. */
function publishedBefore(
  ctx: ParseContext,
  start: number,
  from: number,
): boolean {
  for (let j = start - 1; j >= Math.max(from, start - 12); j--) {
    const n = ctx.tokens[j]!.norm;
    if (n === "," || n === ";" || VISIT_WORDS.has(n)) return false;
    if (PUBLISHING.has(n)) return true;
  }
  return false;
}

function isUnrelated(ctx: ParseContext, start: number, from: number): boolean {
  if (publishedBefore(ctx, start, from)) return true;
  for (let j = start - 1; j >= Math.max(from, start - 4); j--) {
    // "its first inspection under the new framework, in 2018, found ...": a comma parts them.
    if (ctx.tokens[j]!.norm === "," && ctx.tokens[j - 1]?.norm === "framework")
      return false;
    // "rated good under the previous framework in 2014": the inspection's framework, the grade's year.
    if (ctx.tokens[j]!.norm === "framework" && underBefore(ctx, j))
      return false;
    if (hasCue(ctx, j, "unrelated-event") && inspectionBounded(ctx, j, from))
      return false;
    if (hasCue(ctx, j, "unrelated-event") || hasCue(ctx, j, "published"))
      return true;
    if (ctx.gradeAt[j]! >= 0) return false;
  }
  return false;
}

/** "following an inspection in February": an inspection word just before token `at` makes the date an inspection's own. */
export function inspectionWordBefore(ctx: ParseContext, at: number): boolean {
  for (let j = Math.max(0, at - 4); j < at; j++)
    if (hasCue(ctx, j, "inspection-event") || hasCue(ctx, j, "visit"))
      return true;
  return false;
}

// Punctuation that closes a "since" clause before a later date.
const SINCE_CLAUSE_ENDS = new Set([",", ";", ":", "(", ")", "-", "–", "—"]);

/**
 * True when the date at `date` follows "since" (a comparison point, not the grade's own date): right
 * after it ("since 2016"), or at the end of its clause ("the first since the trust took over the
 * running of social care in 2018").
 */
export function isSinceAnchor(
  ctx: ParseContext,
  date: DateMentionR,
  from: number,
): boolean {
  // "since the previous inspection in 2014, after an inspection in May": past a comma or another
  // date, a "since" further back is the other date's.
  let closed = false;
  for (let j = date.start - 1; j >= Math.max(from, date.start - 16); j--) {
    if (date.start - j > 7 && closed) return false;
    // "Since then the council has had a focused visit in July 2021": "since then" is complete, and
    // the date is the visit's.
    if (ctx.tokens[j]!.norm === "since" && ctx.tokens[j + 1]?.norm === "then")
      return false;
    // "since" may sit inside a longer cue ("for the first time since").
    if (hasCue(ctx, j, "since") || ctx.tokens[j]!.norm === "since") return true;
    // A visit named inside the clause is what the date belongs to.
    if (date.start - j > 7 && cueAtToken(ctx, j)?.visit) closed = true;
    if (ctx.gradeAt[j]! >= 0) return false;
    if (SINCE_CLAUSE_ENDS.has(ctx.tokens[j]!.norm) || ctx.dateAt[j]! >= 0)
      closed = true;
  }
  return false;
}

const AFTER_GRADE_TO_DATE = new Set([
  ...QUOTES,
  ",",
  // "rated good under the previous framework in 2014"
  "under",
  "framework",
  "in",
  "during",
  "back",
  "again",
  "and",
  "twice",
  "both",
  "by",
  "from",
  "received",
  "ofsted",
  "at",
  "a",
  "the",
  "of",
  "summer",
  "spring",
  "autumn",
  "winter",
  "when",
  "they",
  "it",
  "were",
  "was",
  "last",
  "overall",
  "its",
  "previous",
  "two",
  "three",
  "full",
  "inspection",
  "inspections",
  "inspected",
  "rating",
  "grade",
  "judgement",
  "judgment",
  "early",
  "late",
  "end",
  "start",
  "beginning",
  "middle",
  "mid",
  "on",
  "time",
]);

/** A date with a stated year within two words after the grade ending at `gradeEnd`. */
function yearRightAfter(
  ctx: ParseContext,
  gradeEnd: number,
  to: number,
): boolean {
  for (let k = gradeEnd; k < Math.min(to, gradeEnd + 3); k++) {
    const d = ctx.dateAt[k]!;
    if (d >= 0) return ctx.dates[d]!.value.year !== undefined;
  }
  return false;
}

/** The last date with a stated year in tokens `[from, to)`. */
function lastYearNamed(
  ctx: ParseContext,
  from: number,
  to: number,
): DateMentionR | undefined {
  for (let k = to - 1; k >= from; k--) {
    const d = ctx.dateAt[k]!;
    if (d < 0) continue;
    const date = ctx.dates[d]!;
    if (date.value.year === undefined || !date.resolved || date.value.yearSpan)
      continue;
    // "That year" names the year only, not the month of whatever happened in it.
    return date.value.month === undefined
      ? date
      : {
          start: date.start,
          end: date.end,
          value: { year: date.value.year },
          resolved: { year: date.resolved.year, inferred: false },
        };
  }
  return undefined;
}

/**
 * When a grade happened: a date right after it ("inadequate in 2017", "twice, in 2015 and again in
 * 2018"), a date before it in a possessive ("last year's inadequate rating"), a date a "when"/"at
 * which point" clause points back to, a "since <year>" that dates the grade itself, another date in the
 * clause, a date that opens the sentence ("In 2015, ..."); otherwise previous/current markers.
 * Returns one `When` per stated date (a grade can be dated twice).
 */
export function findWhen(
  ctx: ParseContext,
  sentence: number,
  clause: { start: number; end: number },
  gradeStart: number,
  gradeEnd: number,
  used: Set<DateMentionR>,
): { whens: When[]; marker: "previous" | "current" | undefined } {
  const s = ctx.sentences[sentence]!;
  const allAnchors = anchorsIn(ctx, s.start, s.end);
  // "N years after" dates only the grade after it (step 0).
  const anchors = allAnchors.filter(
    (a) =>
      a.value.relative?.kind !== "years-after" && !ungradedVisitDate(ctx, a),
  );
  const marker = timeMarker(
    ctx,
    clause.start,
    gradeStart,
    gradeEnd,
    clause.end,
  );
  // "... in 2013, after Ofsted rated it inadequate that year": the year named before it in the
  // sentence, "since" years included; with none, an earlier inspection of unknown year.
  for (let j = gradeEnd; j < Math.min(s.end, gradeEnd + 4); j++) {
    const n = ctx.tokens[j]!.norm;
    if (ctx.gradeAt[j]! >= 0 || ctx.areaAt[j]! >= 0) break;
    if (n === "year" && THAT_SAME.has(ctx.tokens[j - 1]?.norm ?? "")) {
      const before = allAnchors.filter(
        (a) => a.end <= gradeStart && a.value.month === undefined,
      );
      const date = before[before.length - 1];
      return date
        ? { whens: [{ kind: "date", date }], marker: "previous" }
        : { whens: [{ kind: "previous" }], marker: "previous" };
    }
  }
  // "Its trust began operating in April 2018. That year's inspection found services required
  // improvement": "that year" before the grade is the last year named, in this sentence or the one
  // before it in the paragraph.
  for (let j = s.start + 1; j < gradeStart; j++) {
    if (
      ctx.tokens[j]!.norm !== "year" ||
      !THAT_SAME.has(ctx.tokens[j - 1]!.norm) ||
      ctx.dateAt[j]! >= 0
    )
      continue;
    const date =
      lastYearNamed(ctx, s.start, j - 1) ??
      (sentence > 0 && ctx.sentences[sentence - 1]!.paragraph === s.paragraph
        ? lastYearNamed(
            ctx,
            ctx.sentences[sentence - 1]!.start,
            ctx.sentences[sentence - 1]!.end,
          )
        : undefined);
    if (date) return { whens: [{ kind: "date", date }], marker: "previous" };
    break;
  }
  // 0. "two years after they were rated good": the date binds to the grade that follows it.
  for (
    let j = gradeStart - 1;
    j >= Math.max(clause.start, gradeStart - 8);
    j--
  ) {
    if (ctx.gradeAt[j]! >= 0) break;
    const d = ctx.dateAt[j]!;
    if (d < 0) continue;
    const date = ctx.dates[d]!;
    // "four years after it was rated inadequate in 2014": a year stated right after the grade wins.
    if (
      date.value.relative?.kind === "years-after" &&
      !used.has(date) &&
      !yearRightAfter(ctx, gradeEnd, s.end)
    )
      return { whens: [{ kind: "date", date }], marker: "previous" };
    break;
  }
  // "judged to require improvement overall - the same grade it received in 2019": a date after "the
  // same grade" is the earlier grade's, never this one's.
  const sameGradeBefore = (a: DateMentionR): boolean => {
    for (let j = gradeEnd; j < a.start; j++)
      if (hasCue(ctx, j, "same-grade")) return true;
    return false;
  };
  // 1. Right after the grade.
  const after: DateMentionR[] = [];
  let k = gradeEnd;
  let steps = 0;
  while (k < s.end && steps < 9) {
    const d = ctx.dateAt[k]!;
    if (d >= 0) {
      const date = ctx.dates[d]!;
      // "..., and a year earlier still requires improvement": a count back opens the next clause.
      if (
        !anchors.includes(date) ||
        firstTimeBefore(ctx, date.start, gradeEnd) ||
        date.value.relative?.kind === "years-earlier" ||
        sameGradeBefore(date) ||
        opensNextGrade(ctx, gradeEnd, date, s.end)
      )
        break;
      after.push(date);
      k = date.end;
      steps = 0;
      continue;
    }
    const t = ctx.tokens[k]!;
    // "rated outstanding overall in 2018": the bare "overall" right after the grade.
    const area = ctx.areaAt[k]!;
    if (area >= 0 && k === gradeEnd && ctx.areas[area]!.bareOverall) {
      k = ctx.areas[area]!.end;
      steps++;
      continue;
    }
    if (ctx.gradeAt[k]! >= 0 || area >= 0) break;
    // "rated inadequate in 2019, and received monitoring visits in 2021 and 2022": another event.
    const visit = cueAtToken(ctx, k)?.visit;
    if (
      visit !== undefined &&
      visit !== "standard-inspection" &&
      visit !== "short-inspection"
    )
      break;
    if (
      !AFTER_GRADE_TO_DATE.has(t.norm) &&
      ctx.nameAt[k]! < 0 &&
      !hasCue(ctx, k, "since") &&
      !hasCue(ctx, k, "rating-noun") &&
      !hasCue(ctx, k, "visit")
    )
      break;
    k++;
    steps++;
  }
  const fresh = after.filter((d) => !used.has(d));
  if (fresh.length)
    return { whens: fresh.map((date) => ({ kind: "date", date })), marker };
  // "a run of requires improvement judgements that had stood since 2016": a "since" date shortly after dates the grade.
  for (let j = gradeEnd; j < Math.min(clause.end, gradeEnd + 9); j++) {
    if (ctx.gradeAt[j]! >= 0 || ctx.areaAt[j]! >= 0 || ctx.nameAt[j]! >= 0)
      break;
    const d = ctx.dateAt[j]!;
    if (d < 0) continue;
    const date = ctx.dates[d]!;
    if (
      anchors.includes(date) &&
      !used.has(date) &&
      isSinceAnchor(ctx, date, gradeEnd) &&
      !firstTimeBefore(ctx, date.start, gradeEnd)
    )
      return { whens: [{ kind: "date", date }], marker };
    break;
  }
  // 2. Just before the grade: "last year's inadequate rating", "the 2016 inspection rated".
  for (
    let j = gradeStart - 1;
    j >= Math.max(clause.start, gradeStart - 3);
    j--
  ) {
    const d = ctx.dateAt[j]!;
    if (d >= 0) {
      const date = ctx.dates[d]!;
      if (
        anchors.includes(date) &&
        !used.has(date) &&
        !isSinceAnchor(ctx, date, s.start)
      )
        return { whens: [{ kind: "date", date }], marker };
      break;
    }
    const t = ctx.tokens[j]!;
    if (!QUOTES.has(t.norm) && t.norm !== "an" && t.norm !== "a") break;
  }
  // 3. "..., at which point / when the service was graded good": the date before the connective.
  for (let j = gradeStart - 1; j >= clause.start; j--) {
    if (hasCue(ctx, j, "bind-back")) {
      const cue = cueAtToken(ctx, j)!;
      const before = anchors.filter((a) => a.end <= cue.start);
      const date = before[before.length - 1];
      if (date) return { whens: [{ kind: "date", date }], marker };
      break;
    }
  }
  // 4. Another date in the clause (not a "since" comparison, not a date another grade took).
  const gradeBetween = (a: DateMentionR): boolean => {
    const [from, to] =
      a.start > gradeEnd ? [gradeEnd, a.start] : [a.end, gradeStart];
    for (let j = from; j < to; j++) if (ctx.gradeAt[j]! >= 0) return true;
    return false;
  };
  // "rated inadequate before she arrived in 2019": a date after "before"/"until" bounds the grade.
  const boundBetween = (a: DateMentionR): boolean => {
    for (let j = gradeEnd; j < a.start; j++)
      if (BOUNDS.has(ctx.tokens[j]!.norm)) return true;
    return false;
  };
  // "rated good, four years after inspectors found failings in 2021": a date past "N years after" is
  // the earlier event's; "..., and a year earlier still" opens a clause of its own.
  const countBack = allAnchors.find(
    (c) => c.value.relative?.kind === "years-after" && c.start >= gradeEnd,
  );
  const countedBack = (a: DateMentionR): boolean =>
    (a.value.relative?.kind === "years-earlier" && a.start >= gradeEnd) ||
    (countBack !== undefined && countBack.end <= a.start);
  // "a monitoring visit in May, the fourth since the council was judged inadequate": a date before a
  // "since" clause is not the date of the grade inside it.
  const sinceBetween = (a: DateMentionR): boolean => {
    for (let j = a.end; j < Math.min(gradeStart, a.end + 40); j++)
      if (hasCue(ctx, j, "since") && ctx.dateAt[j + 1]! < 0) return true;
    return false;
  };
  const relatives = relativeClauses(ctx, sentence);
  // "has been rated good, completing a turnaround that began ... six years ago": a date in an aside
  // after the grade that names no inspection belongs to the aside's own event.
  const trailingAside = (a: DateMentionR): boolean => {
    if (marker === "previous" || a.start < gradeEnd) return false;
    for (let c = gradeEnd; c < a.start; c++) {
      if (ctx.tokens[c]!.norm !== ",") continue;
      const next = ctx.tokens[c + 1]?.norm ?? "";
      if (
        !RELATIVES.has(next) &&
        !(/ing$/.test(next) && !AFTER_GRADE_TO_DATE.has(next))
      )
        continue;
      for (let j = c + 1; j < a.end; j++)
        if (
          hasCue(ctx, j, "inspection-event") ||
          hasCue(ctx, j, "visit") ||
          hasCue(ctx, j, "ofsted") ||
          /^(?:following|after|report|published)$/.test(ctx.tokens[j]!.norm)
        )
          return false;
      return true;
    }
    return false;
  };
  const inClause = anchors.filter(
    (a) =>
      a.start >= clause.start &&
      a.end <= clause.end &&
      !used.has(a) &&
      !isSinceAnchor(ctx, a, clause.start) &&
      !gradeBetween(a) &&
      !boundBetween(a) &&
      !countedBack(a) &&
      !sinceBetween(a) &&
      !sameGradeBefore(a) &&
      !trailingAside(a) &&
      !(a.start >= gradeEnd && opensNextGrade(ctx, gradeEnd, a, s.end)) &&
      // "the previous full inspection, which had been conducted ... in 2016, had rated the council
      // good": an aside about the earlier inspection dates its grade.
      (marker === "previous" || !insideOther(relatives, a.start, gradeStart)),
  );
  // "the previous inspection, which was carried out in 2016, had rated ...": an earlier inspection's
  // date sits in the aside that describes it.
  if (inClause.length === 0 && marker === "previous")
    inClause.push(
      ...anchors.filter(
        (a) =>
          a.start >= clause.start &&
          a.end <= gradeStart &&
          !used.has(a) &&
          !isSinceAnchor(ctx, a, clause.start) &&
          !gradeBetween(a),
      ),
    );
  if (inClause.length) {
    const nearest = inClause.reduce((best, a) =>
      Math.abs(a.start - gradeStart) < Math.abs(best.start - gradeStart)
        ? a
        : best,
    );
    // "The previous two inspections, in 2015 and 2018, both rated the county outstanding": each year
    // of a list that dates plural inspections.
    const years = inspectionYearList(ctx, anchors, nearest).filter(
      (a) => !used.has(a),
    );
    if (years.length > 1)
      return {
        whens: years.map((date) => ({ kind: "date", date })),
        marker,
      };
    return { whens: [{ kind: "date", date: nearest }], marker };
  }
  // 5. A date that opens the sentence ("In 2015, under the previous framework, ...") applies to its
  // later clauses too, unless they say "now".
  if (marker !== "current") {
    const opener = (a: DateMentionR): boolean => {
      if (
        a.start >= clause.start ||
        a.start - s.start > 8 ||
        isSinceAnchor(ctx, a, s.start) ||
        sinceBetween(a)
      )
        return false;
      for (let j = s.start; j < a.start; j++)
        if (ctx.nameAt[j]! >= 0 || ctx.gradeAt[j]! >= 0 || isVerbish(ctx, j))
          return false;
      return true;
    };
    const first = anchors.find(opener);
    if (first) return { whens: [{ kind: "date", date: first }], marker };
  }
  if (marker === "previous") return { whens: [{ kind: "previous" }], marker };
  // "inspectors returned in May 2019 and found the service still inadequate": a grade restated at an
  // ungraded visit the sentence dates is an earlier inspection's.
  if (
    allAnchors.some((a) => ungradedVisitDate(ctx, a)) &&
    restatedBefore(ctx, gradeStart, clause.start)
  )
    return { whens: [{ kind: "previous" }], marker: "previous" };
  return { whens: [{ kind: "current" }], marker };
}

function restatedBefore(ctx: ParseContext, at: number, from: number): boolean {
  for (let j = at - 1; j >= Math.max(from, at - 3); j--)
    if (RESTATED.has(ctx.tokens[j]!.norm)) return true;
  return false;
}

const JOINS = new Set(["and", "but", "while", "whilst", "whereas", "then"]);

/**
 * "In 2019 inspectors found them requiring improvement, and in 2023 they were judged good": past a
 * conjunction, a date followed by another grade, or by a subject, opens a clause of its own.
 */
const CLAUSE_JOINS_AFTER_DATE = new Set([
  "and",
  "but",
  "before",
  "then",
  "while",
]);

function opensNextGrade(
  ctx: ParseContext,
  gradeEnd: number,
  date: DateMentionR,
  to: number,
): boolean {
  let joined = false;
  for (let j = gradeEnd; j < date.start; j++)
    if (JOINS.has(ctx.tokens[j]!.norm)) joined = true;
  if (!joined) return false;
  // "..., and this month the council has won an award": a subject right after the date opens a
  // clause of its own.
  const next = date.end < to ? refKindAt(ctx, date.end) : undefined;
  if (next && next !== "generic" && next !== "trap" && next !== "indefinite")
    return true;
  // "inadequate in 2015 and again in 2018, and climbed to requires improvement in 2022": a comma and
  // a conjunction after the date close the clause it belongs to.
  if (
    ctx.tokens[date.end]?.norm === "," &&
    CLAUSE_JOINS_AFTER_DATE.has(ctx.tokens[date.end + 1]?.norm ?? "")
  )
    return false;
  for (let j = date.end; j < Math.min(to, date.end + 8); j++) {
    if (ctx.dateAt[j]! >= 0) return false;
    if (ctx.gradeAt[j]! >= 0) return true;
  }
  return false;
}

const PLURAL_INSPECTIONS = new Set(["inspections", "visits"]);

/** The years listed with `date` ("in 2015 and 2018") right after plural inspections, or `[]`. */
function inspectionYearList(
  ctx: ParseContext,
  anchors: readonly DateMentionR[],
  date: DateMentionR,
): DateMentionR[] {
  const yearOnly = (a: DateMentionR): boolean =>
    a.value.year !== undefined &&
    a.value.month === undefined &&
    a.value.relative === undefined;
  const joined = (from: number, to: number): boolean =>
    to - from <= 2 &&
    to > from &&
    ctx.tokens.slice(from, to).every((t) => t.norm === "," || t.norm === "and");
  const i = anchors.indexOf(date);
  if (i < 0 || !yearOnly(date)) return [];
  let lo = i;
  let hi = i;
  while (
    lo > 0 &&
    yearOnly(anchors[lo - 1]!) &&
    joined(anchors[lo - 1]!.end, anchors[lo]!.start)
  )
    lo--;
  while (
    hi + 1 < anchors.length &&
    yearOnly(anchors[hi + 1]!) &&
    joined(anchors[hi]!.end, anchors[hi + 1]!.start)
  )
    hi++;
  if (lo === hi) return [];
  const first = anchors[lo]!.start;
  for (let j = first - 1; j >= Math.max(0, first - 3); j--)
    if (PLURAL_INSPECTIONS.has(ctx.tokens[j]!.norm))
      return anchors.slice(lo, hi + 1);
  return [];
}

const UNGRADED_VISITS = new Set(["focused-visit", "monitoring-visit", "jtai"]);

/** "a monitoring visit in May": the date of an ungraded visit, never a grade's. */
function ungradedVisitDate(ctx: ParseContext, date: DateMentionR): boolean {
  for (let j = date.start - 1; j >= Math.max(0, date.start - 4); j--) {
    if (ctx.gradeAt[j]! >= 0) return false;
    const cue = cueAtToken(ctx, j);
    if (cue?.visit)
      return UNGRADED_VISITS.has(cue.visit) && !returnRegrades(ctx, cue);
  }
  return false;
}

// Words before a grade that restate it rather than give a new one ("still inadequate").
const RESTATED = new Set(["still", "remained", "remains", "remain", "stayed"]);

/**
 * "When inspectors returned in 2018, they judged the service good": inspectors coming back who grade
 * the service carried out a re-inspection, not a monitoring visit (those are ungraded; "returned in
 * May and found it still inadequate" restates the old grade).
 */
export function returnRegrades(ctx: ParseContext, cue: CueMention): boolean {
  if (
    cue.visit !== "monitoring-visit" ||
    !/return/.test(ctx.tokens[cue.start]!.norm + ctx.tokens[cue.end - 1]!.norm)
  )
    return false;
  const s = ctx.sentences[ctx.sentenceOf[cue.start]!]!;
  for (let k = cue.end; k < s.end; k++) {
    if (ctx.gradeAt[k]! < 0) continue;
    for (let j = Math.max(cue.end, k - 3); j < k; j++)
      if (RESTATED.has(ctx.tokens[j]!.norm)) return false;
    for (let j = Math.max(cue.end, k - 6); j < k; j++)
      if (hasCue(ctx, j, "rating-verb")) return true;
    return false;
  }
  return false;
}

function firstTimeBefore(
  ctx: ParseContext,
  dateStart: number,
  from: number,
): boolean {
  for (let j = dateStart - 1; j >= Math.max(from, dateStart - 9); j--)
    if (hasCue(ctx, j, "first-time")) return true;
  return false;
}

const REPORTED = new Set([
  "noted",
  "said",
  "told",
  "explained",
  "reported",
  "confirmed",
  "stated",
  "heard",
  "added",
  "reminded",
  "agreed",
  "informed",
  "advised",
  "notified",
]);

/**
 * "Members noted that the impact of leaders had been judged to require improvement": a past perfect
 * after a past reporting verb and "that" is reported speech about the same inspection, not an earlier one.
 */
function backshifted(ctx: ParseContext, k: number): boolean {
  const cue = cueAtToken(ctx, k);
  if (!cue || ctx.tokens[cue.start]!.norm !== "had") return false;
  const sentence = ctx.sentenceOf[k]!;
  if (reportedThat(ctx, sentence, cue.start)) return true;
  // Minutes that report in the past perfect throughout ("The Director reported that ... had been
  // judged good. Children in care had been judged outstanding."): an undated past perfect is the
  // reported inspection's too.
  const s = ctx.sentences[sentence]!;
  return reportingDocument(ctx) && anchorsIn(ctx, s.start, s.end).length === 0;
}

const reportingMemo = new WeakMap<ParseContext, boolean>();

/** At least two sentences report, after "noted that", "reported that" ..., in the past perfect. */
function reportingDocument(ctx: ParseContext): boolean {
  let known = reportingMemo.get(ctx);
  if (known === undefined) {
    let n = 0;
    for (let si = 0; si < ctx.sentences.length && n < 2; si++) {
      const s = ctx.sentences[si]!;
      for (let k = s.start; k < s.end; k++)
        if (ctx.tokens[k]!.norm === "had" && reportedThat(ctx, si, k)) {
          n++;
          break;
        }
    }
    known = n >= 2;
    reportingMemo.set(ctx, known);
  }
  return known;
}

/** A past reporting verb and "that" shortly before token `at` of the sentence. */
function reportedThat(
  ctx: ParseContext,
  sentence: number,
  at: number,
): boolean {
  const from = ctx.sentences[sentence]!.start;
  let window = 12;
  for (let j = at - 1; j > from && at - j <= window; j--) {
    const t = ctx.tokens[j]!;
    if (hasCue(ctx, j, "bind-back") || t.norm === "since") return false;
    if (t.norm !== "that") continue;
    const before = ctx.tokens[j - 1]!.norm;
    if (REPORTED.has(before)) return true;
    // "noted that A had been judged good and that B had been ...": the report goes on.
    if (before === "and") window = Math.min(60, at - j + 12);
  }
  return false;
}

/** "previously", "up from", "from X to …", "had been" mark an earlier grade; "now", "has been", "latest" the current one. */
export function timeMarker(
  ctx: ParseContext,
  clauseStart: number,
  gradeStart: number,
  gradeEnd: number,
  clauseEnd: number,
): "previous" | "current" | undefined {
  // "from inadequate to good": the first grade is the earlier one.
  let j = gradeStart - 1;
  while (
    j >= clauseStart &&
    (QUOTES.has(ctx.tokens[j]!.norm) ||
      GRADE_DETERMINERS.has(ctx.tokens[j]!.norm))
  )
    j--;
  if (
    j >= clauseStart &&
    (hasCue(ctx, j, "from") ||
      (hasCue(ctx, j, "previous") && !reportedPluperfect(ctx, j)) ||
      ctx.tokens[j]!.norm === "after")
  )
    return "previous";
  // "The previous full inspection, which ..., had rated the council good": an earlier inspection is
  // the subject of the rating.
  for (let k = clauseStart; k < Math.min(gradeStart, clauseStart + 30); k++) {
    const cue = cueAtToken(ctx, k);
    if (!cue?.kinds.has("previous") || cue.start !== k) continue;
    // At the start of the clause or of a "that" clause: "reminded members that the previous ...".
    let j = k - 1;
    if (j >= clauseStart && DEFINITES.has(ctx.tokens[j]!.norm)) j--;
    if (j >= clauseStart && ctx.tokens[j]!.norm !== "that") break;
    for (let m = cue.start; m < Math.min(gradeStart, cue.end + 2); m++)
      if (EVENT_NOUNS.has(ctx.tokens[m]!.norm)) return "previous";
    break;
  }
  // "rated outstanding under the old framework": a grade from before the framework changed.
  for (let k = gradeEnd; k < Math.min(clauseEnd, gradeEnd + 6); k++)
    if (
      OLD_WORDS.has(ctx.tokens[k]!.norm) &&
      FRAMEWORK_NOUNS.has(ctx.tokens[k + 1]?.norm ?? "")
    )
      return "previous";
  // "since the council was judged inadequate": the grade is the earlier event a "since" clause counts from.
  for (
    let k = gradeStart - 1;
    k >= Math.max(clauseStart, gradeStart - 8);
    k--
  ) {
    if (ctx.gradeAt[k]! >= 0 || ctx.dateAt[k]! >= 0) break;
    if (hasCue(ctx, k, "since") && ctx.dateAt[k + 1]! < 0) return "previous";
    // "The trust was created in 2018 after Sandwell Council's services were judged inadequate".
    if (ctx.tokens[k]!.norm === "after" && ctx.nameAt[k + 1]! >= 0)
      return "previous";
  }
  // "Wigan Council, which was rated good at its last inspection, has now been rated outstanding":
  // markers inside an aside that does not hold the grade are the aside's.
  // ("In Newcastle, where the last full inspection was in 2017, the council was rated good": a
  // "where" aside sets the scene for the grade and keeps its marker.)
  const asides = relativeClauses(ctx, ctx.sentenceOf[gradeStart]!).filter(
    ([a]) => ctx.tokens[a + 1]!.norm !== "where",
  );
  let current = false;
  for (
    let k = gradeStart - 1;
    k >= Math.max(clauseStart, gradeStart - 10);
    k--
  ) {
    const aside = insideOther(asides, k, gradeStart);
    if (aside) {
      k = aside[0];
      continue;
    }
    if (
      hasCue(ctx, k, "previous") &&
      !reportedPluperfect(ctx, k) &&
      !(backshifted(ctx, k) && !looksBack(ctx, k))
    )
      return "previous";
    if (hasCue(ctx, k, "current")) current = true;
  }
  if (current) return "current";
  // "..., after Ofsted rated its services inadequate", "since the council was judged inadequate": a
  // rating inside an "after"/"since" clause happened before the main clause's event. Not "After a
  // two-week inspection, inspectors rated Wigan good", where the clause is about the inspection.
  for (
    let k = gradeStart - 1;
    k >= Math.max(clauseStart, gradeStart - 8);
    k--
  ) {
    const n = ctx.tokens[k]!.norm;
    if (n === "," || ctx.gradeAt[k]! >= 0 || hasCue(ctx, k, "inspection-event"))
      break;
    if (ctx.areaAt[k]! >= 0 || ctx.nameAt[k]! >= 0) continue;
    if (n === "after" || (n === "since" && hasCue(ctx, k, "since"))) {
      let rated = false;
      for (let j = k + 1; j < gradeStart; j++)
        if (hasCue(ctx, j, "rating-verb")) rated = true;
      // "after" looks back only from a dated event ("sent in during 2018, after Ofsted rated ..."),
      // not from a reaction ("says it is disappointed after Ofsted rated its services inadequate").
      let dated = n === "since";
      const first = ctx.sentences[ctx.sentenceOf[k]!]!.start;
      for (let j = first; j < k && !dated; j++)
        if (ctx.dateAt[j]! >= 0) dated = true;
      if (rated && dated) return "previous";
      break;
    }
  }
  // "the previous full inspection, which was carried out in 2016, had rated the council good": the
  // subject is an earlier inspection, however long the aside between it and the grade.
  for (let k = Math.max(clauseStart, gradeStart - 40); k < gradeStart; k++) {
    const cue = cueAtToken(ctx, k);
    if (!cue || cue.start !== k || !cue.kinds.has("previous")) continue;
    k = cue.end - 1;
    if (ctx.tokens[cue.start]!.norm === "had") continue;
    let since = false;
    for (let j = Math.max(clauseStart, cue.start - 3); j < cue.start; j++)
      if (hasCue(ctx, j, "since") || ctx.tokens[j]!.norm === "after")
        since = true;
    if (since) continue;
    for (let m = cue.start; m < Math.min(gradeStart, cue.end + 2); m++)
      if (EARLIER_EVENT_WORDS.has(ctx.tokens[m]!.norm)) return "previous";
  }
  // "rated good at its last inspection".
  for (let k = gradeEnd; k < Math.min(clauseEnd, gradeEnd + 3); k++) {
    const cue = cueAtToken(ctx, k);
    if (cue?.kinds.has("previous") && AT_IN.has(ctx.tokens[cue.start]!.norm))
      return "previous";
  }
  // "rated inadequate previously"; not "good, up from inadequate", which marks the next grade.
  for (let k = gradeEnd; k < Math.min(clauseEnd, gradeEnd + 4); k++) {
    if (PREVIOUSLY.has(ctx.tokens[k]!.norm)) return "previous";
    if (ctx.gradeAt[k]! >= 0) break;
  }
  // "judged inadequate at its last full inspection", "rated requires improvement for A and B at the
  // previous inspection", "rated good in its last Ofsted inspection", "... last time": an earlier
  // inspection named after the grade and its areas; not "since its last inspection".
  for (let k = gradeEnd; k < Math.min(clauseEnd, gradeEnd + 16); k++) {
    if (ctx.gradeAt[k]! >= 0 || ctx.tokens[k]!.norm === ",") break;
    // "good for the first time since the previous inspection": a comparison, not this grade's time.
    let since = false;
    for (let j = Math.max(gradeEnd, k - 3); j <= k; j++)
      if (hasCue(ctx, j, "since") || THAN_AFTER.has(ctx.tokens[j]!.norm))
        since = true;
    if (since) continue;
    if (k < gradeEnd + 5 && LAST_PREVIOUS.has(ctx.tokens[k]!.norm)) {
      const next = ctx.tokens
        .slice(k + 1, Math.min(clauseEnd, k + 3))
        .map((t) => t.norm);
      if (next[0] === "time") return "previous";
      if (
        next.some((n) => INSPECTION_WORDS.has(n)) &&
        next.every((n) => INSPECTION_PHRASE_WORDS.has(n))
      )
        return "previous";
    }
    const cue = cueAtToken(ctx, k);
    if (!cue || cue.start !== k || !cue.kinds.has("previous")) continue;
    if (ctx.tokens[k]!.norm === "had") continue;
    if (UP_DOWN_BACK.has(ctx.tokens[k]!.norm)) break;
    for (let m = cue.start; m < Math.min(clauseEnd, cue.end + 2); m++)
      if (EARLIER_EVENT_WORDS.has(ctx.tokens[m]!.norm)) return "previous";
    k = cue.end - 1;
  }
  return undefined;
}

const REPORTING_VERBS = new Set([
  "informed",
  "reported",
  "explained",
  "advised",
  "noted",
  "told",
  "confirmed",
  "summarised",
  "summarized",
  "stated",
  "highlighted",
  "outlined",
  "heard",
  "announced",
  "updated",
  "reminded",
]);
// "Since", "before", "until", "once", "when": a pluperfect that does look back.
const LOOKING_BACK = new Set([
  "before",
  "until",
  "once",
  "when",
  "since",
  "originally",
  "earlier",
  "ago",
  "prior",
  "formerly",
]);
const minutesMemo = new WeakMap<ParseContext, boolean>();

/**
 * Council minutes: a line opening with "Minutes:", "Meeting:" or "RESOLVED". Minutes report what
 * officers said in the past perfect throughout, so "had been judged" there is the outcome being
 * reported, not an earlier one.
 */
export function isMinutes(ctx: ParseContext): boolean {
  let found = minutesMemo.get(ctx);
  if (found === undefined) {
    found = false;
    for (let k = 0; k < ctx.tokens.length && !found; k++) {
      const t = ctx.tokens[k]!;
      if (t.nl === 0 && k > 0) continue;
      if (
        ((t.norm === "minutes" || t.norm === "meeting") &&
          ctx.tokens[k + 1]?.norm === ":") ||
        (t.norm === "resolved" && t.caps)
      )
        found = true;
    }
    minutesMemo.set(ctx, found);
  }
  return found;
}

/** A word in the sentence of token `k` that looks back from the reported time ("before", "when" ...). */
function looksBack(ctx: ParseContext, k: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[k]!]!;
  for (let j = s.start; j < s.end; j++)
    if (LOOKING_BACK.has(ctx.tokens[j]!.norm)) return true;
  return false;
}

/**
 * "The Director reported that the council had been judged good": a past perfect in reported speech
 * (or anywhere in council minutes) states the outcome being reported. The cue at `k` must be "had
 * been", and nothing else in the sentence before it may look back ("before", "until", "when").
 */
export function reportedPluperfect(ctx: ParseContext, k: number): boolean {
  const cue = cueAtToken(ctx, k);
  if (!cue || ctx.tokens[cue.start]!.norm !== "had") return false;
  const s = ctx.sentences[ctx.sentenceOf[cue.start]!]!;
  let reported = isMinutes(ctx);
  for (let j = s.start; j < cue.start; j++) {
    const n = ctx.tokens[j]!.norm;
    if (LOOKING_BACK.has(n)) return false;
    if (
      REPORTING_VERBS.has(n) &&
      ctx.tokens
        .slice(j + 1, Math.min(cue.start, j + 4))
        .some((t) => t.norm === "that")
    )
      reported = true;
  }
  if (!reported) return false;
  // "... had been rated inadequate before she arrived": looking back after the verb too.
  for (let j = cue.end; j < s.end; j++) {
    if (LOOKING_BACK.has(ctx.tokens[j]!.norm)) return false;
    // "... had been rated as requires improvement for X at the previous inspection"
    const other = cueAtToken(ctx, j);
    if (other?.kinds.has("previous") && ctx.tokens[other.start]!.norm !== "had")
      return false;
  }
  return true;
}
