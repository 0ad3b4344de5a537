import type { Authority } from "@csi/domain";
import {
  anchorsIn,
  clauseBounds,
  isSinceAnchor,
  returnRegrades,
} from "../internal/attach";
import {
  cueAtToken,
  cueIn,
  hasCue,
  report,
  sentenceSpan,
  spanOf,
  type CueMention,
  type DateMentionR,
  type ParseContext,
  type When,
} from "../internal/context";
import { nameRuns, refKindAt, resolveRef } from "../internal/referents";

const RULE = "extract-visits";
// Traps that rule out a visit to the council's children's services (JTAIs do involve the CQC and police).
const VISIT_TRAPS =
  /^(?:school|schools|academy|academies|pupils?|college|colleges|nursery|nurseries|children'?s homes?|childrens homes?|residential homes?|care homes?|fostering|adoption agenc|regional adoption|adoption partnership|adoption service|special educational|local area|written statement|youth justice|youth offending|adult|wales|welsh|scotland|scottish|send|sixth form|early years|care inspectorate|estyn)/i;
const COUNCILS_IN_GENERAL = new Set(["councils", "authorities", "local"]);
const SHORT_SPANS = new Set(["two", "three", "four"]);
const VISIT_VERBS = new Set(["visited", "inspected", "hosted"]);
const COUNCILS_OF_OURS = new Set(["our", "their", "both", "two", "these"]);
const ORDINALS = new Set([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "latest",
  "last",
  "most",
  "recent",
]);
const PREVIOUS_EVENT = /inspect|review|report|assess/;

function sentenceTrapped(ctx: ParseContext, sentence: number): boolean {
  const s = ctx.sentences[sentence]!;
  for (let k = s.start; k < s.end; k++) {
    const cue = cueAtToken(ctx, k);
    if (
      cue &&
      cue.start === k &&
      cue.kinds.has("trap") &&
      VISIT_TRAPS.test(
        ctx.text.slice(
          ctx.tokens[cue.start]!.start,
          ctx.tokens[cue.end - 1]!.end,
        ),
      )
    )
      return true;
  }
  return false;
}

// Marks a heading may hold besides its words.
const HEADING_MARKS = new Set([".", ":", ";", ",", "-", "–", "—"]);

/** Tokens `[from, to)` are the cue's own and punctuation marks only. */
function onlyCueAndMarks(
  ctx: ParseContext,
  from: number,
  to: number,
  cue: CueMention,
): boolean {
  for (let k = from; k < to; k++)
    if (
      (k < cue.start || k >= cue.end) &&
      !HEADING_MARKS.has(ctx.tokens[k]!.norm)
    )
      return false;
  return true;
}

function isPlural(ctx: ParseContext, cue: CueMention): boolean {
  const last = ctx.tokens[cue.end - 1]!.norm;
  return last.endsWith("s") && !last.endsWith("ss") && last !== "weeks";
}

/** The councils a visit cue is about: a name near it, else a reference ("the council", "both"), else the topic. */
const COUNT_WORDS = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
]);
const COUNTED_NOUNS = new Set([
  "areas",
  "councils",
  "authorities",
  "partnerships",
]);

/**
 * "Three areas inspected last autumn under the JTAI theme ... Letters went to Wirral, Bexley and
 * Lincolnshire this week.": a counted set of places before the visit, named in the next sentence,
 * exactly that many.
 */
function countedCouncilsNext(
  ctx: ParseContext,
  si: number,
  cueStart: number,
): readonly Authority[] {
  const s = ctx.sentences[si]!;
  let count = 0;
  for (let k = s.start; k < cueStart; k++) {
    const n = COUNT_WORDS.get(ctx.tokens[k]!.norm);
    if (n !== undefined && COUNTED_NOUNS.has(ctx.tokens[k + 1]?.norm ?? ""))
      count = n;
  }
  const next = ctx.sentences[si + 1];
  if (count === 0 || !next || ctx.masked[si + 1]) return [];
  const found = new Map<string, Authority>();
  for (const run of nameRuns(ctx, next.start, next.end)) {
    const ref = resolveRef(ctx, si + 1, run.start, "name");
    if (ref.kind === "authorities")
      for (const a of ref.authorities) found.set(a.gss, a);
  }
  return found.size === count ? [...found.values()] : [];
}

function visitAuthorities(
  ctx: ParseContext,
  sentence: number,
  cue: CueMention,
): readonly Authority[] {
  const s = ctx.sentences[sentence]!;
  const all = nameRuns(ctx, s.start, s.end);
  // "Rotherham retained its rating after a short inspection in March, while Doncaster ...": a name in
  // the visit's own clause first.
  const clause = clauseBounds(ctx, sentence, cue.start);
  const inClause = all.filter(
    (r) => r.start >= clause.start && r.start < clause.end,
  );
  const runs = inClause.length ? inClause : all;
  if (runs.length) {
    const nearest = runs.reduce((best, r) =>
      Math.abs(r.start - cue.start) < Math.abs(best.start - cue.start)
        ? r
        : best,
    );
    const ref = resolveRef(ctx, sentence, nearest.start, "name");
    return ref.kind === "authorities" ? ref.authorities : [];
  }
  // "what inspectors have said about councils' services, including two full inspections, a focused
  // visit ...": a round-up's summary names no council, and "our" or the topic is not the one visited.
  // "a short inspection of the county's services, the first under the new framework for councils
  // previously rated good": councils in general after the visit do not make it a summary.
  const ordinal = ctx.tokens
    .slice(Math.max(s.start, cue.start - 4), cue.start)
    .some((t) => ORDINALS.has(t.norm));
  // "both of our councils had short inspections": councils the text has named, not councils in general.
  for (let k = s.start; k < cue.start && !ordinal; k++)
    if (
      hasCue(ctx, k, "generic") &&
      COUNCILS_IN_GENERAL.has(ctx.tokens[k]!.norm) &&
      !COUNCILS_OF_OURS.has(ctx.tokens[k - 1]?.norm ?? "")
    )
      return [];
  for (let k = s.start; k < s.end; k++) {
    const kind = refKindAt(ctx, k);
    if (
      kind === "group-ref" ||
      kind === "council-ref" ||
      kind === "pronoun" ||
      kind === "plural-pronoun"
    ) {
      const at = cueAtToken(ctx, k)?.start ?? k;
      const ref = resolveRef(ctx, sentence, at, kind);
      if (ref.kind === "authorities") return ref.authorities;
      // "Between the two inspections, Ofsted carried out a focused visit ... at the county's front
      // door": a reference that resolves to nothing gives way to the next one.
      k = Math.max(k, cueAtToken(ctx, k)?.end ?? k + 1) - 1;
    }
  }
  // "Three full inspections were published in February, along with one focused visit": a count of
  // visits that names no council sums up several councils, not the topic's.
  if (countsVisits(ctx, s.start, s.end)) return [];
  const topic = ctx.topic[sentence];
  return topic?.kind === "authorities" ? topic.authorities : [];
}

const COUNTS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "several",
  "many",
]);

function countsVisits(ctx: ParseContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const cue = cueAtToken(ctx, k);
    if (!cue?.visit || cue.start !== k) continue;
    const before = ctx.tokens[k - 1]!;
    if (
      COUNTS.has(before.norm) ||
      (before.kind === "num" &&
        Number(before.norm) >= 2 &&
        Number(before.norm) < 100)
    )
      return true;
  }
  return false;
}

/** "judged inadequate in June 2022": a date right after a grade is the grade's. */
function gradeBefore(ctx: ParseContext, at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 4); k--)
    if (ctx.gradeAt[k]! >= 0) return true;
  return false;
}

function nearestAnchor(
  ctx: ParseContext,
  sentence: number,
  at: number,
  atEnd: number = at + 1,
): DateMentionR | undefined {
  const s = ctx.sentences[sentence]!;
  // "since a focused visit in 2024": the date right after the visit is the visit's own, "since" or not.
  const own = (a: DateMentionR): boolean =>
    a.start > atEnd &&
    a.start - atEnd <= 1 &&
    ctx.tokens
      .slice(atEnd, a.start)
      .every((t) => /^(?:in|during)$/.test(t.norm));
  const anchors = anchorsIn(ctx, s.start, s.end).filter(
    (a) =>
      (own(a) || !isSinceAnchor(ctx, a, s.start)) &&
      !previousBefore(ctx, a.start, s.start) &&
      !gradeBefore(ctx, a.start, s.start) &&
      !sinceGradeDate(ctx, a.start, s.start),
  );
  if (anchors.length === 0) return undefined;
  // Words between the visit phrase and the date: "a focused visit in February 2022 and a JTAI in
  // November 2021" dates the JTAI by the date after it.
  const gap = (a: DateMentionR): number =>
    a.start >= atEnd ? a.start - atEnd : a.end <= at ? at - a.end + 1 : 0;
  return anchors.reduce((best, a) => (gap(a) < gap(best) ? a : best));
}

/**
 * "the second monitoring visit since the local authority was judged inadequate for overall
 * effectiveness in March 2024": a date closing a "since" clause with a grade in it is the grade's.
 */
function sinceGradeDate(ctx: ParseContext, at: number, from: number): boolean {
  let graded = false;
  for (let k = at - 1; k >= Math.max(from, at - 16); k--) {
    const n = ctx.tokens[k]!.norm;
    if (n === "," || n === ";" || n === "(" || n === ")") return false;
    if (ctx.gradeAt[k]! >= 0) graded = true;
    if (n === "since") return graded;
  }
  return false;
}

function previousBefore(ctx: ParseContext, at: number, from: number): boolean {
  for (let k = Math.max(from, at - 6); k < at; k++)
    if (hasCue(ctx, k, "previous") || hasCue(ctx, k, "future")) return true;
  return false;
}

/**
 * Finds inspection visits named in the text: focused visits ("a focused look at the front door"),
 * monitoring visits ("the fourth of its monitoring visits", inspectors returning to an inadequate
 * council), joint targeted area inspections (one per council named), short and full inspections, and
 * earlier inspections with a year ("since the last inspection in 2016", "last inspected three years
 * ago"). Plural and future visits ("will carry out monitoring visits") give nothing.
 */
export function extractVisits(ctx: ParseContext): void {
  const inadequateSeen = ctx.grades.some((g) => g.grade === "inadequate");
  const jtaiSentences = new Set<number>();
  for (let si = 0; si < ctx.sentences.length; si++) {
    const s = ctx.sentences[si]!;
    if (ctx.masked[si] || sentenceTrapped(ctx, si)) continue;
    const question = ctx.tokens[s.end - 1]?.norm === "?";
    for (let k = s.start; k < s.end; k++) {
      const cue = cueAtToken(ctx, k);
      if (!cue || cue.start !== k) continue;
      k = cue.end - 1;
      // An earlier inspection with a year: "since the last inspection in 2016", "last inspected in 2018".
      if (
        cue.kinds.has("previous") &&
        PREVIOUS_EVENT.test(
          ctx.tokens
            .slice(cue.start, cue.end + 2)
            .map((t) => t.norm)
            .join(" "),
        )
      ) {
        const first = anchorsIn(ctx, cue.end, Math.min(s.end, cue.end + 7))[0];
        // "at the two previous full inspections, in 2013 and 2016": one each.
        const dates = first ? [first, ...listAfter(ctx, first, s.end)] : [];
        for (const date of dates) {
          if (!date.resolved) continue;
          const authorities = previousAuthorities(ctx, si, cue.start);
          if (authorities.length) {
            const span = spanOf(ctx, cue.start, date.end);
            ctx.previousReferences.push({
              authorities,
              date,
              span,
              sentence: si,
            });
            ctx.visits.push({
              type: "standard-inspection",
              authorities,
              when: { kind: "date", date },
              evidence: [sentenceSpan(ctx, si)],
              ruleId: RULE,
              sentence: si,
            });
          }
        }
        continue;
      }
      // "its own Ofsted inspection, which took place in December": an inspection told as a past event.
      // "When inspectors returned in 2018, they judged the service good": a re-inspection.
      const type = returnRegrades(ctx, cue)
        ? "standard-inspection"
        : (cue.visit ??
          (ctx.tokens[cue.start]!.norm === "inspection" &&
          cue.kinds.has("inspection-event") &&
          tookPlace(ctx, cue.end, s.end)
            ? "standard-inspection"
            : undefined));
      if (!type || question) continue;
      // A heading that is only a visit type ("Full inspection" on a children's home report) names
      // no council.
      if (onlyCueAndMarks(ctx, s.start, s.end, cue)) continue;
      let future = false;
      for (let j = Math.max(s.start, cue.start - 4); j < cue.start; j++)
        if (
          (hasCue(ctx, j, "future") && !asideFuture(ctx, j, cue.start)) ||
          hasCue(ctx, j, "hypothetical") ||
          hasCue(ctx, j, "negation")
        )
          future = true;
      // "faces a further monitoring visit next month"
      for (let j = cue.end; j < Math.min(s.end, cue.end + 3); j++)
        if (
          ctx.tokens[j]!.norm === "next" ||
          (hasCue(ctx, j, "future") && ctx.tokens[j]!.norm !== "until")
        )
          future = true;
      // "will receive a monitoring inspection within 18 months, and a full reinspection within
      // about three years"; "has not yet had its first full inspection".
      for (let j = Math.max(s.start, cue.start - 16); j < cue.start; j++)
        if (
          (hasCue(ctx, j, "future") && !asideFuture(ctx, j, cue.start)) ||
          (hasCue(ctx, j, "negation") && j >= cue.start - 6)
        )
          future = true;
      // "expecting to receive the results of its own Ofsted inspection, which took place in
      // December": the results are to come, the visit is past.
      if (future && tookPlace(ctx, cue.end, s.end)) future = false;
      if (future) continue;
      if (isPlural(ctx, cue)) {
        const ordinal = ctx.tokens
          .slice(Math.max(s.start, cue.start - 4), cue.start)
          .some((t) => ORDINALS.has(t.norm));
        // "both of our boroughs had short inspections", "inspections carried out in both areas":
        // one each.
        let each = false;
        for (
          let j = Math.max(s.start, cue.start - 8);
          j < Math.min(s.end, cue.end + 8);
          j++
        )
          if (
            hasCue(ctx, j, "group-ref") &&
            (j < cue.start || /^(?:both|each)$/.test(ctx.tokens[j]!.norm))
          )
            each = true;
        // "Focused visits to Bolton and Bury in May": the councils visited, named right after.
        if (
          /^(?:to|of|in|at)$/.test(ctx.tokens[cue.end]?.norm ?? "") &&
          ctx.nameAt[cue.end + 1]! >= 0
        ) {
          const run = nameRuns(ctx, cue.end + 1, s.end)[0];
          if (run && run.start === cue.end + 1 && run.names.length > 1)
            each = true;
        }
        if (!ordinal && !each) {
          // "monitoring visits in 2022 and 2023": one visit per date; "a series of monitoring
          // visits, the most recent of which took place in March 2024": that one.
          const dates = pluralVisitDates(ctx, si, cue);
          if (dates.length) {
            const authorities = visitAuthorities(ctx, si, cue);
            for (const date of dates)
              if (authorities.length)
                ctx.visits.push({
                  type,
                  authorities,
                  when: { kind: "date", date },
                  evidence: [sentenceSpan(ctx, si)],
                  ruleId: RULE,
                  sentence: si,
                });
          }
          continue;
        }
      }
      const previous = previousBefore(ctx, cue.start, s.start);
      // "Powers over children's services were returned to the council": handed back, not a visit.
      if (
        ctx.tokens[cue.start]!.norm === "returned" &&
        /^(?:was|were|been|be|being|is|are)$/.test(
          ctx.tokens[cue.start - 1]?.norm ?? "",
        )
      )
        continue;
      if (
        type === "monitoring-visit" &&
        (ctx.tokens[cue.start]!.norm + ctx.tokens[cue.end - 1]!.norm).includes(
          "return",
        ) &&
        !inadequateSeen
      )
        continue;
      if (
        type === "standard-inspection" &&
        ((SHORT_SPANS.has(ctx.tokens[cue.start]!.norm) &&
          ctx.tokens[cue.end - 1]!.norm === "weeks") ||
          ctx.tokens[cue.end - 1]!.norm === "fortnight")
      ) {
        // "Inspectors spent two weeks (a fortnight) in the borough": only with an inspection word nearby.
        let near = false;
        for (
          let j = Math.max(s.start, cue.start - 6);
          j < Math.min(s.end, cue.end + 6);
          j++
        )
          if (
            hasCue(ctx, j, "inspection-event") &&
            ctx.tokens[j]!.norm.includes("inspect")
          )
            near = true;
        if (!near) continue;
      }
      const date = nearestAnchor(ctx, si, cue.start, cue.end);
      // "the previous full inspection in January 2020, ... monitoring visits, the most recent of
      // which took place in March 2024": an earlier inspection takes only a date right after it.
      if (
        previous &&
        (!date || date.start < cue.end || date.start - cue.end > 3)
      )
        continue;
      // "rated good in 2019, and has since had a focused visit": an earlier visit of unknown date,
      // not the one reported.
      if (!date) {
        let since = false;
        for (let j = Math.max(s.start, cue.start - 5); j < cue.start; j++)
          if (
            ctx.tokens[j]!.norm === "since" &&
            /^(?:had|received|undergone|been|seen)$/.test(
              ctx.tokens[j + 1]?.norm ?? "",
            )
          )
            since = true;
        if (since) continue;
      }
      let authorities = visitAuthorities(ctx, si, cue);
      if (authorities.length === 0)
        authorities = countedCouncilsNext(ctx, si, cue.start);
      if (authorities.length === 0) {
        report(
          ctx,
          RULE,
          "info",
          "a visit with no council",
          spanOf(ctx, cue.start, cue.end),
        );
        continue;
      }
      const when: When = date ? { kind: "date", date } : { kind: "current" };
      ctx.visits.push({
        type,
        authorities,
        when,
        evidence: [sentenceSpan(ctx, si)],
        ruleId: RULE,
        sentence: si,
      });
      if (type === "jtai") jtaiSentences.add(si);
    }
  }
  // "Wakefield, Greenwich and Bristol were each visited last autumn by inspectors from Ofsted, the CQC ...":
  // dated visits next to a sentence about joint targeted area inspections are JTAIs.
  const namesJtai = ctx.sentences.map((sj) => {
    if (!cueIn(ctx, sj.start, sj.end, "visit")) return false;
    for (let k = sj.start; k < sj.end; k++)
      if (cueAtToken(ctx, k)?.visit === "jtai") return true;
    return false;
  });
  const jtaiNear = (si: number): boolean =>
    namesJtai[si - 1] === true ||
    namesJtai[si] === true ||
    namesJtai[si + 1] === true;
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.masked[si] || jtaiSentences.has(si) || !jtaiNear(si)) continue;
    const s = ctx.sentences[si]!;
    let visited = -1;
    for (let k = s.start; k < s.end; k++)
      if (
        VISIT_VERBS.has(ctx.tokens[k]!.norm) ||
        // "The inspections took place in Hampshire, Peterborough and Wokingham."
        (ctx.tokens[k]!.norm === "took" &&
          ctx.tokens[k + 1]?.norm === "place" &&
          ctx.tokens[k + 2]?.norm === "in" &&
          ctx.nameAt[k + 3]! >= 0)
      )
        visited = k;
    if (visited < 0) continue;
    const date = nearestAnchor(ctx, si, visited) ?? jtaiSentenceDate(ctx, si);
    const runs = nameRuns(ctx, s.start, s.end);
    if (!date || runs.length === 0) continue;
    for (const run of runs) {
      const ref = resolveRef(ctx, si, run.start, "name");
      if (ref.kind !== "authorities") continue;
      ctx.visits.push({
        type: "jtai",
        authorities: ref.authorities,
        when: { kind: "date", date },
        evidence: [sentenceSpan(ctx, si)],
        ruleId: RULE,
        sentence: si,
      });
    }
  }
}

const LIST_JOINS = new Set([",", "and"]);

/** Years listed after `date` ("in 2013 and 2016", "2014, 2017 and 2021"), each a year alone. */
function listAfter(
  ctx: ParseContext,
  date: DateMentionR,
  to: number,
): DateMentionR[] {
  const list: DateMentionR[] = [];
  const yearOnly = (d: DateMentionR): boolean =>
    d.value.year !== undefined &&
    d.value.month === undefined &&
    !d.value.yearSpan &&
    !d.value.relative;
  if (!yearOnly(date)) return list;
  let k = date.end;
  for (;;) {
    let j = k;
    while (j < to && LIST_JOINS.has(ctx.tokens[j]!.norm)) j++;
    if (j === k || j >= to) return list;
    const d = ctx.dateAt[j]!;
    if (d < 0 || ctx.dates[d]!.start !== j || !yearOnly(ctx.dates[d]!))
      return list;
    list.push(ctx.dates[d]!);
    k = ctx.dates[d]!.end;
  }
}

/**
 * The dates of visits named in the plural: a list right after the visits ("monitoring visits in
 * 2022 and 2023"), or the one picked out by "the most recent / latest / last of which".
 */
function pluralVisitDates(
  ctx: ParseContext,
  sentence: number,
  cue: CueMention,
): DateMentionR[] {
  const s = ctx.sentences[sentence]!;
  let k = cue.end;
  if (ctx.tokens[k]?.norm === "in" || ctx.tokens[k]?.norm === "during") k++;
  const list: DateMentionR[] = [];
  while (k < s.end) {
    const d = ctx.dateAt[k]!;
    if (d < 0 || ctx.dates[d]!.start !== k) break;
    const date = ctx.dates[d]!;
    if (!date.resolved || date.value.yearSpan || date.value.relative) break;
    list.push(date);
    k = date.end;
    let j = k;
    while (j < s.end && LIST_JOINS.has(ctx.tokens[j]!.norm)) j++;
    if (j === k) break;
    k = j;
  }
  if (list.length >= 2) return list;
  const words = ctx.tokens
    .slice(cue.end, Math.min(s.end, cue.end + 8))
    .map((t) => t.norm)
    .join(" ");
  const picked = /^, the (?:most recent|latest|last) of which\b/.exec(words);
  if (!picked) return [];
  // Past the words of the phrase, one token each.
  const at = cue.end + picked[0].split(" ").length;
  for (let j = at; j < Math.min(s.end, at + 6); j++) {
    const d = ctx.dateAt[j]!;
    if (d >= 0) return ctx.dates[d]!.resolved ? [ctx.dates[d]!] : [];
    if (ctx.gradeAt[j]! >= 0 || cueAtToken(ctx, j)?.visit) return [];
  }
  return [];
}

/**
 * "As most of you will know, both of our boroughs had short inspections": a future in an opening
 * "as" aside set off by a comma is about the reader, not the visit.
 */
function asideFuture(ctx: ParseContext, at: number, cueStart: number): boolean {
  let comma = -1;
  for (let j = at + 1; j < cueStart; j++)
    if (ctx.tokens[j]!.norm === ",") {
      comma = j;
      break;
    }
  if (comma < 0) return false;
  const from = ctx.sentences[ctx.sentenceOf[at]!]!.start;
  for (let j = at - 1; j >= Math.max(from, at - 5); j--)
    if (ctx.tokens[j]!.norm === "as")
      return j === from || ctx.tokens[j - 1]?.norm === ",";
  return false;
}

// "which took place in December", "that was carried out last month": the visit is told as past.
const PAST_EVENT =
  /^(?:which|that) (?:took place|was carried out|was held|happened|ran)\b/;

function tookPlace(ctx: ParseContext, from: number, to: number): boolean {
  const words: string[] = [];
  for (let j = from; j < Math.min(to, from + 6); j++) {
    const n = ctx.tokens[j]!.norm;
    if (n !== ",") words.push(n);
  }
  return PAST_EVENT.test(words.join(" "));
}

/** The date (one year) of the sentence next to `si` that names joint targeted area inspections. */
function jtaiSentenceDate(
  ctx: ParseContext,
  si: number,
): DateMentionR | undefined {
  for (const j of [si - 1, si + 1]) {
    const sj = ctx.sentences[j];
    if (!sj || ctx.masked[j]) continue;
    let jtai = false;
    for (let k = sj.start; k < sj.end; k++)
      if (cueAtToken(ctx, k)?.visit === "jtai") jtai = true;
    if (!jtai) continue;
    const anchors = anchorsIn(ctx, sj.start, sj.end).filter(
      (a) => a.resolved && !isSinceAnchor(ctx, a, sj.start),
    );
    // "in the autumn of last year" reads as two dates of one year.
    const years = new Set(anchors.map((a) => a.resolved!.year));
    return years.size === 1 ? anchors[0] : undefined;
  }
  return undefined;
}

function previousAuthorities(
  ctx: ParseContext,
  sentence: number,
  at: number,
): readonly Authority[] {
  const s = ctx.sentences[sentence]!;
  const before = nameRuns(ctx, s.start, at);
  const run = before[before.length - 1];
  if (run) {
    const ref = resolveRef(ctx, sentence, run.start, "name");
    return ref.kind === "authorities" ? ref.authorities : [];
  }
  for (let k = at - 1; k >= s.start; k--) {
    const kind = refKindAt(ctx, k);
    if (kind && kind !== "name") {
      const cueStart = cueAtToken(ctx, k)?.start ?? k;
      const ref = resolveRef(ctx, sentence, cueStart, kind);
      if (ref.kind === "authorities") return ref.authorities;
      // "the council had been judged inadequate at the two previous full inspections": "the two"
      // resolves to no group; the council before it does.
      if (kind !== "group-ref") return [];
      k = cueStart;
    }
  }
  // A school's or a home's report ("Previous inspection grade (2017):"), or "At its previous
  // inspection in 2021, the agency was rated good": the text is about a provider, not a council.
  if (ctx.topic[sentence]?.kind === "other") return [];
  const topic = ctx.lastAuthority[sentence];
  return topic?.kind === "authorities" ? topic.authorities : [];
}
