import {
  anchorsIn,
  clauseBounds,
  inspectionWordBefore,
  isSinceAnchor,
  relativeClauses,
} from "../internal/attach";
import {
  cueAtToken,
  cueIn,
  hasCue,
  spanOf,
  type DateMentionR,
  type DateStatement,
  type JudgementCandidate,
  type ParseContext,
} from "../internal/context";
import {
  isObliqueRun,
  nameRuns,
  refKindAt,
  resolveRef,
} from "../internal/referents";
import type { Authority, InspectionType } from "@csi/domain";

// Event words that date an inspection; "report", "letter" and "review" date publication instead.
const EVENT_WORDS = new Set([
  "inspection",
  "inspections",
  "inspected",
  "inspecting",
  "inspectors",
  "inspector",
  "visited",
  "visit",
  "visits",
  "visiting",
  "took",
  "carried",
  "were",
  "spent",
  "on",
  "site",
  "date",
  "dates",
  "re",
  "reinspection",
  "concluded",
  "finished",
  "ran",
  "returned",
  "look",
  "check",
  "fieldwork",
  "field",
]);
const LAST_PREVIOUS = new Set(["last", "previous"]);
const WINDOW = 12;
const DATE_BOUNDS = new Set(["before", "until", "ahead"]);
const NEAR = 10;
// "Inspectors spent a fortnight alongside the county's family support teams at the end of November":
// a verb of the visit itself dates the clause from further away.
const FAR = 20;
const VISIT_VERBS = new Set([
  "spent",
  "visited",
  "took",
  "carried",
  "returned",
  "concluded",
  "finished",
]);
const SPEAKERS = new Set(["inspectors", "inspector"]);
// Words that open an officer's title ("the Corporate Director, Children and Adults Services").
const TITLE_WORDS = new Set([
  "director",
  "directors",
  "head",
  "manager",
  "officer",
  "lead",
  "member",
  "holder",
  "committee",
]);
// Relative dates that name the day or week of writing.
const PUBLICATION_DAYS = new Set(["today", "this-week", "yesterday"]);

const CLAUSE_SUBJECTS = new Set(["it", "they", "we", "he", "she"]);

/** A subject at token `k` opens a clause of its own ("before Ofsted scrapped ..."), not a noun ("before Christmas"). */
function opensClause(ctx: ParseContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (CLAUSE_SUBJECTS.has(t.norm) || ctx.nameAt[k]! >= 0) return true;
  const cue = cueAtToken(ctx, k);
  return (
    cue !== undefined &&
    (cue.kinds.has("ofsted") || cue.kinds.has("inspectorate-ref"))
  );
}

function eventNear(
  ctx: ParseContext,
  from: number,
  to: number,
  at: number,
): boolean {
  // "Three years ago we were inadequate; now inspectors can see ...": not across a semicolon.
  const part = semicolonPart(ctx, from, to, at);
  const lo = Math.max(part.start, at - FAR);
  const hi = Math.min(part.end, at + FAR);
  // "The inspection took place before Ofsted scrapped its overall judgement in April": a date after
  // "before" or "until" is another event's.
  let bound = -1;
  for (let k = at - 1; k >= lo; k--)
    if (DATE_BOUNDS.has(ctx.tokens[k]!.norm) && opensClause(ctx, k + 1)) {
      bound = k;
      break;
    }
  for (let k = lo; k < hi; k++) {
    if (k < bound) continue;
    const cue = cueAtToken(ctx, k);
    if (!cue) continue;
    if (cue.kinds.has("visit") && Math.abs(k - at) <= WINDOW) return true;
    const norm = ctx.tokens[cue.start]!.norm;
    // "Inspectors said turnover was lower than two years ago": the inspectors as speakers are
    // only read close to the date; the verbs of the visit itself reach further.
    if (
      cue.kinds.has("inspection-event") &&
      EVENT_WORDS.has(norm) &&
      Math.abs(k - at) <= (VISIT_VERBS.has(norm) ? FAR : WINDOW) &&
      (!SPEAKERS.has(norm) || Math.abs(k - at) <= NEAR)
    )
      return true;
  }
  return false;
}

/**
 * Finds statements of when an inspection took place: "Inspection dates: 11 to 15 March 2024",
 * "Inspectors visited the borough between 4 and 15 November", "The latest visit, which took place
 * between March 11 and 15 this year", "Rutland in March and Leicestershire in April". Dates of earlier
 * inspections ("since the last inspection in 2016"), of publication and of future visits are left out.
 */
export function extractInspectionDates(ctx: ParseContext): void {
  const bySentence = new Map<number, JudgementCandidate[]>();
  for (const j of ctx.judgements) {
    const list = bySentence.get(j.sentence) ?? [];
    list.push(j);
    bySentence.set(j.sentence, list);
  }
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (ctx.masked[si]) continue;
    const s = ctx.sentences[si]!;
    // A sentence without a date states none.
    const anchors = anchorsIn(ctx, s.start, s.end);
    if (anchors.length === 0) continue;
    // Nor does one without an inspection or visit word (every date needs one near it).
    if (
      !cueIn(ctx, s.start, s.end, "inspection-event") &&
      !cueIn(ctx, s.start, s.end, "visit")
    )
      continue;
    // A date a grade took is that grade's own, unless it is a recent inspection stated as current
    // ("rated good after Ofsted inspectors visited last November").
    const usedByGrades = new Set(
      (bySentence.get(si) ?? [])
        .filter(
          (j) =>
            j.when.kind === "date" &&
            (j.marker === "previous" ||
              (!recent(ctx, j.when.date) &&
                // With no publication date, a date the sentence marks as current ("have been rated
                // inadequate ... following an inspection between March 13 and March 24 this year") is
                // the reported inspection's.
                !(
                  ctx.published.parts === undefined && j.marker === "current"
                ))),
        )
        .map((j) => (j.when.kind === "date" ? j.when.date : undefined)),
    );
    let visit: InspectionType | undefined;
    let trap = false;
    for (let k = s.start; k < s.end; k++) {
      const cue = cueAtToken(ctx, k);
      if (
        cue?.visit &&
        cue.visit !== "standard-inspection" &&
        cue.visit !== "short-inspection"
      )
        visit = cue.visit;
      if (
        cue?.kinds.has("trap") &&
        !cue.kinds.has("other-inspectorate") &&
        !inOfficerTitle(ctx, cue.start, s.start)
      )
        trap = true;
    }
    // A joint targeted area inspection names the police and probation among its inspectorates.
    if (trap && visit !== "jtai") continue;
    const found: DateStatement[] = [];
    // "(2014, 2019 and 2023)": a list of years is a history, not the date of one inspection.
    const listed = (i: number): boolean => {
      const yearOnly = (a: DateMentionR | undefined): boolean =>
        a !== undefined &&
        a.value.month === undefined &&
        a.value.relative === undefined;
      const near = (
        a: DateMentionR | undefined,
        from: number,
        to: number,
      ): boolean =>
        yearOnly(a) &&
        yearOnly(anchors[i]) &&
        to - from <= 2 &&
        ctx.tokens
          .slice(from, to)
          .every((t) => t.norm === "," || t.norm === "and");
      return (
        near(anchors[i - 1], anchors[i - 1]?.end ?? 0, anchors[i]!.start) ||
        near(anchors[i + 1], anchors[i]!.end, anchors[i + 1]?.start ?? 0)
      );
    };
    // "rated requires improvement in February, following an inspection in November and December":
    // the date a grade takes is when it was announced when the sentence dates the inspection earlier.
    const gradeDates = new Set<DateMentionR>();
    for (const j of bySentence.get(si) ?? [])
      if (j.when.kind === "date") gradeDates.add(j.when.date);
    const announced = (date: DateMentionR): boolean =>
      gradeDates.has(date) &&
      !inspectionWordBefore(ctx, date.start) &&
      anchors.some(
        (other) =>
          !gradeDates.has(other) &&
          eventNear(ctx, s.start, s.end, other.start) &&
          monthsBefore(other, date) > 0 &&
          monthsBefore(other, date) <= 6,
      );
    for (const [i, date] of anchors.entries()) {
      if (
        usedByGrades.has(date) ||
        announced(date) ||
        (isSinceAnchor(ctx, date, s.start) &&
          !sinceRecentFieldwork(ctx, date, s.start)) ||
        listed(i)
      )
        continue;
      if (!date.resolved && date.value.month === undefined) continue;
      // "Today, inspectors say they are good": the day of writing is not a day of fieldwork.
      if (PUBLICATION_DAYS.has(date.value.relative?.kind ?? "")) continue;
      // "four years after ...": the count back to an earlier event, never fieldwork.
      if (date.value.relative?.kind === "years-after") continue;
      // "Between 4 and 8 March 2024, Ofsted, the CQC, ... carried out a joint inspection": an opening
      // date. "Inspectors looked at both areas at the same time, from October 3 to 14": a range of
      // days is fieldwork wherever the sentence's inspection word is.
      const opens = date.start - s.start <= 2;
      const days =
        date.value.day !== undefined && date.value.endDay !== undefined;
      const part = semicolonPart(ctx, s.start, s.end, date.start);
      // "Doncaster, where services came back in-house in 2022, was judged good after an inspection in
      // January": a date in an aside that names no inspection is the aside's own event.
      const aside = relativeClauses(ctx, si).find(
        ([a, b]) => a <= date.start && date.start < b,
      );
      if (
        aside &&
        !cueIn(ctx, aside[0], aside[1], "inspection-event") &&
        !cueIn(ctx, aside[0], aside[1], "visit")
      )
        continue;
      if (
        !eventNear(ctx, s.start, s.end, date.start) &&
        !((opens || days) && sentenceHasEvent(ctx, part.start, part.end))
      )
        continue;
      let skip = false;
      for (let k = Math.max(s.start, date.start - 6); k < date.start; k++) {
        if (
          (hasCue(ctx, k, "previous") && !pastPerfectOfRecent(ctx, k, date)) ||
          hasCue(ctx, k, "future") ||
          hasCue(ctx, k, "published") ||
          hasCue(ctx, k, "hypothetical") ||
          // "four years after inspectors found failings in 2021": the event counted back from.
          ctx.dates[ctx.dateAt[k]!]?.value.relative?.kind === "years-after"
        )
          skip = true;
      }
      if (skip || earlierInspectionSubject(ctx, s.start, date.start)) continue;
      const type = visit && visitOf(ctx, s.start, s.end, date, visit);
      found.push({
        authorities: whoFor(ctx, si, date.start),
        date,
        span: spanOf(ctx, s.start, s.end),
        sentence: si,
        ...(type ? { visit: type } : {}),
      });
    }
    // "Rated good in January, following an inspection in November and December": the month a grade
    // was given is its report's when the sentence also dates the fieldwork before it.
    const graded = new Set(
      (bySentence.get(si) ?? []).map((j) =>
        j.when.kind === "date" ? j.when.date : undefined,
      ),
    );
    const order = (d: DateMentionR): number =>
      d.resolved ? d.resolved.year * 12 + (d.resolved.month ?? 1) : Infinity;
    for (const statement of found) {
      const reportMonth =
        graded.has(statement.date) &&
        found.some(
          (o) => !graded.has(o.date) && order(o.date) < order(statement.date),
        );
      if (!reportMonth) ctx.dateStatements.push(statement);
    }
  }
}

// Words that name a graded inspection's fieldwork when no visit type is given.
const FIELDWORK_WORDS = new Set([
  "inspection",
  "inspected",
  "visited",
  "reinspection",
]);

/**
 * The ungraded visit type of one date in a sentence that names one: "The inspection, in December,
 * followed a monitoring visit last June" dates the inspection in December and the monitoring visit in
 * June. The nearest visit named before the date decides, else an inspection word before it, else
 * the first visit named after it, else the sentence's.
 */
function visitOf(
  ctx: ParseContext,
  from: number,
  to: number,
  date: DateMentionR,
  sentence: InspectionType,
): InspectionType | undefined {
  const typed = (k: number): InspectionType | undefined =>
    cueAtToken(ctx, k)?.visit;
  // An inspection word before the date decides unless a visit named before it is the subject
  // ("Ofsted's monitoring visit, the third since the inspection, took place in May").
  let fieldwork = false;
  for (let k = date.start - 1; k >= from; k--) {
    if (ctx.dateAt[k]! >= 0) break;
    const t = typed(k);
    if (t === "standard-inspection" || t === "short-inspection")
      return undefined;
    if (t) return t;
    if (FIELDWORK_WORDS.has(ctx.tokens[k]!.norm)) fieldwork = true;
  }
  if (fieldwork) return undefined;
  for (let k = date.end; k < to; k++) {
    if (ctx.dateAt[k]! >= 0) break;
    const t = typed(k);
    if (t)
      return t === "standard-inspection" || t === "short-inspection"
        ? undefined
        : t;
  }
  return sentence;
}

const INSPECTION_NOUNS = new Set([
  "inspection",
  "inspections",
  "inspected",
  "review",
  "visit",
]);

/**
 * "The previous inspection of Torbay's services for looked after children was in March 2011", "The
 * last time inspectors looked at the area, in 2022": the sentence before the date is about an earlier
 * inspection (a "previous"/"last" cue on an inspection word, or "the last time"), so the date is that
 * inspection's, however long the subject.
 */
function earlierInspectionSubject(
  ctx: ParseContext,
  from: number,
  at: number,
): boolean {
  for (let k = from; k < at; k++) {
    // "The last time inspectors looked at the area, in 2022, ...": the time before this one.
    if (
      LAST_PREVIOUS.has(ctx.tokens[k]!.norm) &&
      ctx.tokens[k + 1]?.norm === "time" &&
      k + 1 < at
    )
      return true;
    const cue = cueAtToken(ctx, k);
    if (!cue?.kinds.has("previous")) continue;
    for (let m = cue.start; m < Math.min(at, cue.end + 2); m++)
      if (INSPECTION_NOUNS.has(ctx.tokens[m]!.norm)) return true;
    k = cue.end - 1;
  }
  return false;
}

/** The part of a sentence between the semicolons around token `at`. */
function semicolonPart(
  ctx: ParseContext,
  from: number,
  to: number,
  at: number,
): { start: number; end: number } {
  let start = from;
  let end = to;
  for (let k = at - 1; k >= from; k--)
    if (ctx.tokens[k]!.norm === ";") {
      start = k + 1;
      break;
    }
  for (let k = at; k < to; k++)
    if (ctx.tokens[k]!.norm === ";") {
      end = k;
      break;
    }
  return { start, end };
}

function sentenceHasEvent(
  ctx: ParseContext,
  from: number,
  to: number,
): boolean {
  for (let k = from; k < to; k++) {
    const cue = cueAtToken(ctx, k);
    if (
      cue &&
      (cue.kinds.has("visit") ||
        (cue.kinds.has("inspection-event") &&
          EVENT_WORDS.has(ctx.tokens[cue.start]!.norm)))
    )
      return true;
  }
  return false;
}

/**
 * "a joint report of the Corporate Director, Children and Adults Services": a service named in an
 * officer's or a committee's title is a job, not the subject of the sentence.
 */
function inOfficerTitle(ctx: ParseContext, at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 5); k--) {
    const norm = ctx.tokens[k]!.norm;
    if (TITLE_WORDS.has(norm)) return true;
    if (
      norm !== "," &&
      norm !== "for" &&
      norm !== "of" &&
      norm !== "and" &&
      norm !== "children"
    )
      return false;
  }
  return false;
}

/** Months from `a` to `b` (both with a month), or 0 when either lacks one. */
function monthsBefore(a: DateMentionR, b: DateMentionR): number {
  const x = a.resolved;
  const y = b.resolved;
  if (!x || !y || x.month === undefined || y.month === undefined) return 0;
  return y.year * 12 + y.month - (x.year * 12 + x.month);
}

/**
 * "the inspection, which had been carried out between 30 September and 11 October 2024" in minutes of
 * June 2025: a past perfect is the tense of the report, not a mark of an earlier inspection, when the
 * date is a full date within a year before publication.
 */
function pastPerfectOfRecent(
  ctx: ParseContext,
  k: number,
  date: DateMentionR,
): boolean {
  const cue = cueAtToken(ctx, k);
  if (!cue || ctx.tokens[cue.start]!.norm !== "had") return false;
  const p = ctx.published.parts;
  const r = date.resolved;
  if (!p || !r || r.month === undefined || date.value.year === undefined)
    return false;
  const months = (p.year - r.year) * 12 + (p.month - r.month);
  return months >= 0 && months <= 12;
}

/**
 * "I've been waiting for it since the inspectors were in Maidstone last November": a "since" clause
 * that tells the fieldwork itself, a few months before publication, dates the reported inspection
 * (not "since the last inspection in 2019", nor "since the council was rated inadequate in May").
 */
function sinceRecentFieldwork(
  ctx: ParseContext,
  date: DateMentionR,
  from: number,
): boolean {
  if (date.resolved?.month === undefined || !recent(ctx, date)) return false;
  let since = -1;
  for (let k = date.start - 1; k >= Math.max(from, date.start - 12); k--)
    if (ctx.tokens[k]!.norm === "since") {
      since = k;
      break;
    }
  if (since < 0) return false;
  let event = false;
  for (let k = since + 1; k < date.start; k++) {
    if (
      ctx.gradeAt[k]! >= 0 ||
      hasCue(ctx, k, "previous") ||
      hasCue(ctx, k, "rating-verb")
    )
      return false;
    const cue = cueAtToken(ctx, k);
    if (
      cue?.kinds.has("visit") ||
      (cue?.kinds.has("inspection-event") &&
        EVENT_WORDS.has(ctx.tokens[cue.start]!.norm))
    )
      event = true;
  }
  return event;
}

/** Within six months before publication. */
function recent(ctx: ParseContext, date: DateMentionR): boolean {
  const p = ctx.published.parts;
  const r = date.resolved;
  if (!p || !r) return false;
  // A bare year is recent only when it is the publication year.
  if (r.month === undefined) return r.year === p.year;
  const months = (p.year - r.year) * 12 + (p.month - (r.month ?? 12));
  return months >= 0 && months <= 6;
}

/** The council a dated statement is about: a name just before the date, else the sentence's council, else none. */
function whoFor(
  ctx: ParseContext,
  sentence: number,
  at: number,
): readonly Authority[] {
  const s = ctx.sentences[sentence]!;
  const runs = nameRuns(ctx, s.start, s.end);
  const close = runs.find((r) => r.end <= at && at - r.end <= 2);
  if (close) {
    const ref = resolveRef(ctx, sentence, close.start, "name");
    return ref.kind === "authorities" ? ref.authorities : [];
  }
  // "Rotherham ... in March, while Doncaster ... in January": the name in the date's own clause.
  const clause = clauseBounds(ctx, sentence, at);
  const own = runs.filter((r) => r.start >= clause.start && r.end <= at);
  if (own.length && own.length < runs.length) {
    const ref = resolveRef(ctx, sentence, own[own.length - 1]!.start, "name");
    return ref.kind === "authorities" ? ref.authorities : [];
  }
  // "Its neighbour Stockton-on-Tees, inspected in October, ...", "Elsewhere in the county, Blackpool
  // Council is expecting the results of its inspection, which took place in December": the one named
  // subject before the date, not a pronoun or "the county" before it.
  const subjects = runs.filter(
    (r) => r.end <= at && !isObliqueRun(ctx, r, s.start),
  );
  if (subjects.length === 1 && runs.length === 1) {
    const ref = resolveRef(ctx, sentence, subjects[0]!.start, "name");
    if (ref.kind === "authorities") return ref.authorities;
  }
  for (let k = s.start; k < s.end; k++) {
    const kind = refKindAt(ctx, k);
    if (
      kind === "name" ||
      kind === "group-ref" ||
      kind === "council-ref" ||
      kind === "pronoun" ||
      kind === "plural-pronoun"
    ) {
      const ref = resolveRef(
        ctx,
        sentence,
        kind === "name"
          ? ctx.names[ctx.nameAt[k]!]!.start
          : (cueAtToken(ctx, k)?.start ?? k),
        kind,
      );
      return ref.kind === "authorities" ? ref.authorities : [];
    }
  }
  return [];
}
