import type { Authority } from "@csi/domain";
import {
  report,
  type DateMentionR,
  type DateStatement,
  type Dated,
  type JudgementCandidate,
  type ParseContext,
  type VisitCandidate,
  type When,
} from "../internal/context";
import { authorityAtDate } from "../internal/authority-at";
import { inspectionWordBefore } from "../internal/attach";
import { abolishedBefore } from "../internal/authority-at";
import { toPartialDate } from "../internal/dates";
import { fieldworkIn, weekdayYear } from "../internal/weekday-year";

const RULE = "resolve-times";

/**
 * One key per council across a change of code that kept the name (North Yorkshire County Council,
 * E10000023, became North Yorkshire Council, E06000065, in 2023): "NYCC" and "North Yorkshire" in one
 * article are the same council.
 */
const keys = new Map<string, string>();
function key(a: Authority): string {
  let k = keys.get(a.gss);
  if (k === undefined) {
    k = authorityAtDate(a, "2099-12-31").gss;
    keys.set(a.gss, k);
  }
  return k;
}

function same(a: Authority, b: Authority): boolean {
  return a.gss === b.gss || key(a) === key(b);
}

function fromMention(
  date: DateMentionR,
  origin: Dated["origin"],
): Dated | undefined {
  const r = date.resolved;
  if (!r) return undefined;
  return {
    year: r.year,
    ...(r.month !== undefined ? { month: r.month } : {}),
    ...(r.day !== undefined ? { day: r.day } : {}),
    ...(r.endYear !== undefined ? { endYear: r.endYear } : {}),
    ...(r.endMonth !== undefined ? { endMonth: r.endMonth } : {}),
    ...(r.endDay !== undefined ? { endDay: r.endDay } : {}),
    ...(r.month !== undefined &&
    date.value.year === undefined &&
    (date.value.relative === undefined || date.value.relative.kind === "season")
      ? { inferredYear: true }
      : {}),
    origin,
  };
}

/** The latest year the document gives an authority's earlier inspections or grades. */
function latestEarlierYear(
  ctx: ParseContext,
  authority: Authority,
): number | undefined {
  let latest: number | undefined;
  const see = (
    authorities: readonly Authority[],
    date: DateMentionR | undefined,
  ): void => {
    const y = date?.resolved?.year;
    if (y === undefined || date?.value.year === undefined) return;
    if (!authorities.some((a) => same(a, authority))) return;
    if (latest === undefined || y > latest) latest = y;
  };
  for (const j of ctx.judgements)
    see(j.authorities, j.when.kind === "date" ? j.when.date : undefined);
  for (const v of ctx.visits)
    see(v.authorities, v.when.kind === "date" ? v.when.date : undefined);
  for (const r of ctx.previousReferences) see(r.authorities, r.date);
  return latest;
}

/**
 * A day range without a year ("between March 11 and 15") and no publication date: inspection fieldwork
 * runs Monday to Friday, so the year is the first one after the council's earlier inspections in which
 * the range starts on a Monday and ends on a Friday.
 */
function fromWeekdays(
  ctx: ParseContext,
  authority: Authority,
  date: DateMentionR,
): Dated | undefined {
  const v = date.value;
  if (ctx.published.parts || v.year !== undefined) return undefined;
  if (v.month === undefined || v.day === undefined || v.endDay === undefined)
    return undefined;
  const range = {
    month: v.month,
    day: v.day,
    endMonth: v.endMonth,
    endDay: v.endDay,
  };
  const after = latestEarlierYear(ctx, authority);
  const year = after === undefined ? undefined : weekdayYear(range, after);
  const found = year === undefined ? undefined : fieldworkIn(range, year);
  if (year === undefined || !found) {
    report(
      ctx,
      RULE,
      "info",
      after === undefined
        ? `no year for the inspection of ${authority.name}: the text gives neither a date nor an earlier inspection year to count from`
        : `no year for the inspection of ${authority.name}: no year after ${after} has the stated days running Monday to Friday`,
    );
    return undefined;
  }
  report(
    ctx,
    RULE,
    "warning",
    `year ${year} inferred from the weekdays: the first year after ${after} in which the inspection of ${authority.name} runs Monday ${found.start.toISOString().slice(0, 10)} to Friday ${found.end.toISOString().slice(0, 10)}`,
  );
  return {
    year,
    month: v.month,
    day: v.day,
    endYear: found.end.getUTCFullYear(),
    endMonth: found.end.getUTCMonth() + 1,
    endDay: v.endDay,
    origin: "weekdays",
  };
}

/** The latest of the statements that pass `keep` (the reported inspection is the most recent one). */
function latest(
  statements: readonly DateStatement[],
  keep: (s: DateStatement) => boolean,
): DateStatement | undefined {
  let best: DateStatement | undefined;
  for (const s of statements) {
    if (!keep(s)) continue;
    const r = s.date.resolved;
    const b = best?.date.resolved;
    if (
      !best ||
      (r && (!b || r.year * 12 + (r.month ?? 0) > b.year * 12 + (b.month ?? 0)))
    )
      best = s;
  }
  return best;
}

function yearsApart(a: DateStatement, b: DateStatement): number {
  const x = a.date.resolved;
  const y = b.date.resolved;
  return x && y ? x.year - y.year : 0;
}

/**
 * Each council's share of the facts (councils by `key`), gathered once per parse so that the rules
 * run for every council read only their own council's facts, not the whole document's each time.
 */
interface CouncilIndex {
  /** Inspection-date statements not dated after publication, in text order. */
  readonly past: readonly DateStatement[];
  /** Positions in `past` of the statements naming each council. */
  readonly pastNaming: ReadonlyMap<string, readonly number[]>;
  /** Positions in `past` of the statements naming no council. */
  readonly pastUnnamed: readonly number[];
  /** Visits naming each council. */
  readonly visits: ReadonlyMap<string, readonly VisitCandidate[]>;
  /** Councils given a current grade by a judgement table or label list. */
  readonly tables: ReadonlySet<string>;
  /** Councils named by a statement of graded fieldwork. */
  readonly gradedStatements: ReadonlySet<string>;
}

const councilIndexes = new WeakMap<ParseContext, CouncilIndex>();

function councilIndex(ctx: ParseContext): CouncilIndex {
  let index = councilIndexes.get(ctx);
  if (index) return index;
  // "an action plan to be submitted to Ofsted by 10 April": a date after publication is no inspection's.
  const p = ctx.published.parts;
  const past = ctx.dateStatements.filter((s) => {
    const r = s.date.resolved;
    if (!p || !r) return true;
    return (
      r.year < p.year ||
      (r.year === p.year && (r.month === undefined || r.month <= p.month))
    );
  });
  const pastNaming = new Map<string, number[]>();
  const pastUnnamed: number[] = [];
  past.forEach((s, i) => {
    if (s.authorities.length === 0) pastUnnamed.push(i);
    for (const k of new Set(s.authorities.map(key))) push(pastNaming, k, i);
  });
  const visits = new Map<string, VisitCandidate[]>();
  for (const v of ctx.visits)
    for (const k of new Set(v.authorities.map(key))) push(visits, k, v);
  const tables = new Set<string>();
  for (const j of ctx.judgements)
    if (j.confidence >= 3 && j.when.kind === "current")
      for (const a of j.authorities) tables.add(key(a));
  const gradedStatements = new Set<string>();
  for (const s of ctx.dateStatements)
    if (s.visit === undefined)
      for (const a of s.authorities) gradedStatements.add(key(a));
  index = { past, pastNaming, pastUnnamed, visits, tables, gradedStatements };
  councilIndexes.set(ctx, index);
  return index;
}

/** Positions in two ascending lists, merged in order. */
function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(
      j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!,
    );
  return out;
}

function statementFor(
  ctx: ParseContext,
  authority: Authority,
  graded: boolean,
): DateStatement | undefined {
  // An ungraded visit ("this latest monitoring visit") does not take a bare year that dates a full
  // inspection ("The 2022 inspection came months after ...").
  const fits = (s: DateStatement): boolean =>
    graded
      ? s.visit === undefined
      : s.visit !== undefined || s.date.value.month !== undefined;
  // "North Yorkshire County Council" and "North Yorkshire" are one council under two codes: the
  // statements naming this council are those naming any council with its key.
  const index = councilIndex(ctx);
  const at = (positions: readonly number[]): DateStatement[] =>
    positions.map((i) => index.past[i]!);
  const mine = index.pastNaming.get(key(authority)) ?? [];
  const own = latest(at(mine), fits);
  const anonymous = latest(at(index.pastUnnamed), fits);
  // "an inspection carried out between June 6 and June 30 ... In 2012, an inspection rated Wirral
  // adequate": in a document that grades one council, fieldwork dated to the month that names no
  // council, a year or more after a bare year that names it, is the reported inspection's; the bare
  // year is its history.
  if (
    own &&
    anonymous &&
    own.date.value.month === undefined &&
    anonymous.date.value.month !== undefined &&
    councilCount(ctx) <= 1 &&
    yearsApart(anonymous, own) >= 1
  )
    return anonymous;
  return (
    own ??
    anonymous ??
    (graded ? undefined : latest(at(merged(index.pastUnnamed, mine)), fits))
  );
}

/** The date of the inspection the document reports for an authority. */
function currentDate(
  ctx: ParseContext,
  authority: Authority,
  graded: boolean,
): Dated | undefined {
  const statement = statementFor(ctx, authority, graded);
  if (statement) {
    const dated =
      fromMention(statement.date, "statement") ??
      fromWeekdays(ctx, authority, statement.date);
    if (dated) return { ...dated, span: statement.span };
  }
  return publishedDate(ctx);
}

/** The publication year as the reported inspection's, when the text dates no fieldwork. */
function publishedDate(ctx: ParseContext): Dated | undefined {
  const p = ctx.published.parts;
  if (p) {
    // Reports come out some six to eight weeks after the inspection.
    const day = new Date(
      Date.UTC(p.year, p.month - 1, p.day) - 60 * 86_400_000,
    );
    const frameworkDay =
      day.getUTCFullYear() < p.year
        ? `${p.year}-01-01`
        : day.toISOString().slice(0, 10);
    return { year: p.year, origin: "published", frameworkDay };
  }
  return undefined;
}

const councilCounts = new WeakMap<ParseContext, number>();

/** How many councils the document grades. */
function councilCount(ctx: ParseContext): number {
  let count = councilCounts.get(ctx);
  if (count === undefined) {
    const councils = new Set<string>();
    for (const j of ctx.judgements)
      for (const a of j.authorities) councils.add(key(a));
    count = councils.size;
    councilCounts.set(ctx, count);
  }
  return count;
}

/**
 * "Wigan has been rated good by Ofsted. Inspectors visited in March 2021 and found serious failings":
 * a grade stated as new ("has been", "now") is not the outcome of fieldwork more than a year before
 * publication in another sentence; that statement is an earlier inspection's. Not in a round-up of
 * several councils, which tells older results in the present perfect too.
 */
function staleFor(
  ctx: ParseContext,
  candidate: JudgementCandidate,
  dated: Dated,
): boolean {
  const p = ctx.published.parts;
  if (!p || candidate.marker !== "current" || dated.origin !== "statement")
    return false;
  if (
    dated.span &&
    candidate.evidence.some((e) => e.start === dated.span!.start)
  )
    return false;
  if (councilCount(ctx) > 2) return false;
  return p.year * 12 + p.month - (dated.year * 12 + (dated.month ?? 12)) > 12;
}

/**
 * Says when an inspection's year is the publication year because the text dates no fieldwork; early
 * in the year (a report comes out some two months after the visit) the fieldwork may be the year before.
 */
function fromPublication(
  ctx: ParseContext,
  authority: Authority,
  dated: Dated,
): void {
  const early = dated.frameworkDay?.endsWith("-01-01") === true;
  report(
    ctx,
    RULE,
    early ? "warning" : "info",
    early
      ? `year ${dated.year} for the inspection of ${authority.name} taken from the publication date ${ctx.published.iso ?? toPartialDate(ctx.published.parts!.year, ctx.published.parts!.month)}: the text dates no fieldwork, which may have been in ${dated.year - 1}`
      : `year ${dated.year} for the inspection of ${authority.name} taken from the publication date: the text dates no fieldwork`,
    ctx.published.span,
  );
}

/** The authority's report is about an ungraded visit (focused, monitoring, JTAI) and no graded inspection. */
function mainVisitIsUngraded(ctx: ParseContext, authority: Authority): boolean {
  // The reported visit: undated, or dated within the half-year before publication ("a monitoring
  // visit in April" in a July article).
  const p = ctx.published.parts;
  const reported = (when: When): boolean => {
    if (when.kind === "current") return true;
    if (when.kind !== "date" || !p) return false;
    const r = when.date.resolved;
    if (!r || r.month === undefined) return false;
    const months = (p.year - r.year) * 12 + (p.month - r.month);
    return months >= 0 && months <= 6;
  };
  const index = councilIndex(ctx);
  const k = key(authority);
  const mine = (index.visits.get(k) ?? []).filter((v) => reported(v.when));
  const ungraded = mine.some(
    (v) =>
      v.type === "focused-visit" ||
      v.type === "monitoring-visit" ||
      v.type === "jtai",
  );
  const graded = mine.some(
    (v) => v.type === "standard-inspection" || v.type === "short-inspection",
  );
  if (!ungraded || graded) return false;
  // A judgement table or label list ("Overall effectiveness: Good") belongs to a graded inspection;
  // so do grades of a council whose own inspection dates name no ungraded visit.
  return !index.tables.has(k) && !index.gradedStatements.has(k);
}

function resolveWhen(
  ctx: ParseContext,
  when: When,
  authority: Authority,
  graded: boolean,
): Dated | undefined {
  switch (when.kind) {
    case "date":
      return (
        fromMention(when.date, "text") ??
        fromWeekdays(ctx, authority, when.date)
      );
    case "current":
      return currentDate(ctx, authority, graded);
    case "previous":
      return undefined;
  }
}

/** The one year an earlier grade can have: the same grade stated with a year, or the one "last inspection" year. */
const gradedYearsMemo = new WeakMap<ParseContext, Map<string, Set<number>>>();

/** Years of the graded inspections the text dates for an authority (or for the whole document). */
function gradedStatementYears(
  ctx: ParseContext,
  authority: Authority,
): ReadonlySet<number> {
  let byAuthority = gradedYearsMemo.get(ctx);
  if (!byAuthority) {
    byAuthority = new Map();
    gradedYearsMemo.set(ctx, byAuthority);
  }
  let years = byAuthority.get(authority.gss);
  if (!years) {
    years = new Set();
    for (const st of ctx.dateStatements) {
      const y = st.date.resolved?.year;
      if (
        y !== undefined &&
        st.visit === undefined &&
        (st.authorities.length === 0 ||
          st.authorities.some((a) => a.gss === authority.gss))
      )
        years.add(y);
    }
    byAuthority.set(authority.gss, years);
  }
  return years;
}

function previousYear(
  ctx: ParseContext,
  candidate: JudgementCandidate,
  authority: Authority,
  current: number | undefined,
): number | undefined {
  const sameGrade = new Set<number>();
  for (const y of datedYears(ctx).get(`${key(authority)}|${candidate.grade}`) ??
    [])
    if (y !== current) sameGrade.add(y);
  // Graded inspections the text dates on their own ("The 2022 inspection came months after ...").
  const stated = new Set(
    [...gradedStatementYears(ctx, authority)].filter((y) => y !== current),
  );
  if (sameGrade.size === 1) {
    const year = [...sameGrade][0]!;
    // "having also been rated inadequate in 2018" while the text dates another inspection in 2022:
    // the undated grade may be either.
    if ([...stated].some((y) => y !== year)) {
      report(
        ctx,
        RULE,
        "info",
        `${candidate.grade} for ${authority.name}: an earlier grade that may be from ${year} or from ${[...stated].filter((y) => y !== year).join(", ")}`,
        candidate.evidence[0],
      );
      return undefined;
    }
    return year;
  }
  // "rated inadequate in 2022 ... also rated inadequate in 2018 ... The 2022 inspection came ...": the
  // graded inspection the text dates on its own picks between the years.
  if (sameGrade.size > 1) {
    const both = [...stated].filter((y) => sameGrade.has(y));
    if (both.length === 1) return both[0];
  }
  const refs = new Set<number>();
  for (const r of ctx.previousReferences)
    if (r.date.resolved && r.authorities.some((a) => same(a, authority)))
      refs.add(r.date.resolved.year);
  if (refs.size === 1 && sameGrade.size === 0) return [...refs][0];
  // "the inspection carried out between 26 February and 8 March 2024 ... had judged ... inadequate":
  // the one graded inspection the text dates is the earlier grade's.
  if (refs.size === 0 && sameGrade.size === 0 && stated.size === 1)
    return [...stated][0];
  return undefined;
}

const yearIndex = new WeakMap<ParseContext, Map<string, Set<number>>>();

/** Years stated for each authority and grade. */
function datedYears(ctx: ParseContext): Map<string, Set<number>> {
  let index = yearIndex.get(ctx);
  if (!index) {
    index = new Map();
    for (const j of ctx.judgements) {
      const y = j.when.kind === "date" ? j.when.date.resolved?.year : undefined;
      if (y === undefined) continue;
      for (const a of j.authorities) {
        const k = `${key(a)}|${j.grade}`;
        const set = index.get(k) ?? new Set<number>();
        set.add(y);
        index.set(k, set);
      }
    }
    yearIndex.set(ctx, index);
  }
  return index;
}

/** Authorities the document reports an inspection or visit of (or the whole document has an inspection date). */
function inspectionContext(ctx: ParseContext): ReadonlySet<string> {
  const found = new Set<string>();
  const everyone = ctx.dateStatements.some((s) => s.authorities.length === 0);
  for (const s of ctx.dateStatements)
    for (const a of s.authorities) found.add(key(a));
  for (const v of ctx.visits) for (const a of v.authorities) found.add(key(a));
  for (const j of ctx.judgements) {
    if (j.when.kind !== "current") continue;
    if (!j.state || j.eventful || j.marker === "current")
      for (const a of j.authorities) found.add(key(a));
  }
  if (everyone)
    for (const j of ctx.judgements)
      for (const a of j.authorities) found.add(key(a));
  return found;
}

/** Lookups the year rules share, built once per parse so that each rule stays linear. */
interface TimeIndex {
  /** Judgement candidates per sentence. */
  readonly bySentence: Map<number, JudgementCandidate[]>;
  /** Years stated (not counted) for each council and grade. */
  readonly statedYears: Map<string, Set<number>>;
  /** Statements of graded fieldwork per council; "" for those that name none. */
  readonly graded: Map<string, DateStatement[]>;
  /** The same, per council and year. */
  readonly gradedByYear: Map<string, DateStatement[]>;
  /** Fieldwork found in the months before a report, per council and month. */
  readonly windows: Map<string, DateStatement | undefined>;
  /** Per list of `graded`, its first statement of each month (year * 12 + month - 1). */
  readonly byMonth: Map<readonly DateStatement[], Map<number, DateStatement>>;
}

const indexes = new WeakMap<ParseContext, TimeIndex>();

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function indexOf(ctx: ParseContext): TimeIndex {
  let index = indexes.get(ctx);
  if (index) return index;
  index = {
    bySentence: new Map(),
    statedYears: new Map(),
    graded: new Map(),
    gradedByYear: new Map(),
    windows: new Map(),
    byMonth: new Map(),
  };
  for (const j of ctx.judgements) {
    push(index.bySentence, j.sentence, j);
    const y = j.when.kind === "date" ? j.when.date.resolved?.year : undefined;
    if (y === undefined || j.when.kind !== "date") continue;
    if (j.when.date.value.relative !== undefined) continue;
    for (const a of j.authorities) {
      const k = `${key(a)}|${j.grade}`;
      const set = index.statedYears.get(k) ?? new Set<number>();
      set.add(y);
      index.statedYears.set(k, set);
    }
  }
  for (const st of ctx.dateStatements) {
    if (st.visit !== undefined) continue;
    const keys = st.authorities.length
      ? [...new Set(st.authorities.map((a) => key(a)))]
      : [""];
    for (const k of keys) {
      push(index.graded, k, st);
      const y = st.date.resolved?.year;
      if (y !== undefined && k !== "")
        push(index.gradedByYear, `${k}|${y}`, st);
    }
  }
  indexes.set(ctx, index);
  return index;
}

// Relative dates that name the day or week of writing, not an inspection's.
const WRITING_DAYS = new Set(["today", "this-week", "yesterday"]);

/**
 * The time a candidate is about. "Today, inspectors say they are good": a grade dated to the day of
 * writing is the reported inspection's. "Rated outstanding across the board after an inspection
 * between February 24 and March 7 last year": a grade read again without a date in a sentence that
 * dates the same grade of the same council takes that date, when it is recent.
 */
function ownWhen(ctx: ParseContext, candidate: JudgementCandidate): When {
  const when = candidate.when;
  if (when.kind === "date") {
    const kind = when.date.value.relative?.kind;
    return kind !== undefined && WRITING_DAYS.has(kind)
      ? { kind: "current" }
      : when;
  }
  if (when.kind !== "current" || candidate.marker === "previous") return when;
  const p = ctx.published.parts;
  for (const other of indexOf(ctx).bySentence.get(candidate.sentence) ?? []) {
    if (
      other === candidate ||
      other.grade !== candidate.grade ||
      other.marker === "previous" ||
      other.when.kind !== "date" ||
      !other.authorities.some((a) =>
        candidate.authorities.some((b) => same(a, b)),
      )
    )
      continue;
    const r = other.when.date.resolved;
    if (r && p && r.year >= p.year - 1) return other.when;
  }
  return when;
}

/**
 * "Rated inadequate in January, following a full inspection carried out in November and December
 * of last year": a grade dated to the day, month (or year) its report came out takes the date of the
 * council's fieldwork in the four months before, the date an inspection is known by.
 */
function fieldworkOf(
  ctx: ParseContext,
  authority: Authority,
  own: DateMentionR,
  dated: Dated,
): Dated | undefined {
  // A day range is fieldwork itself; a single day ("rated inadequate on 10 January") is a report's.
  if (
    dated.endDay !== undefined ||
    dated.endMonth !== undefined ||
    dated.origin !== "text"
  )
    return undefined;
  const month = (y: number, m: number): number => y * 12 + m - 1;
  // A year alone: the report came out in that year, so fieldwork from the September before counts.
  const end =
    dated.month === undefined
      ? month(dated.year, 1)
      : month(dated.year, dated.month);
  const index = indexOf(ctx);
  const k = key(authority);
  // The year named is the fieldwork's own when a statement of that year exists.
  if (
    dated.month === undefined &&
    (index.gradedByYear.get(`${k}|${dated.year}`) ?? []).some(
      (s) => s.date !== own,
    )
  )
    return undefined;
  // The grade's own date is at `end` or has no month, so it is never in the window.
  const memo = `${k}|${end}`;
  if (!index.windows.has(memo)) {
    // The latest statement in the four months before `end`: the first stated of the latest month.
    const inWindow = (
      statements: readonly DateStatement[] | undefined,
    ): DateStatement | undefined => {
      if (!statements) return undefined;
      let firsts = index.byMonth.get(statements);
      if (!firsts) {
        firsts = new Map();
        for (const s of statements) {
          const r = s.date.resolved;
          if (!r || r.month === undefined) continue;
          const at = month(r.year, r.month);
          if (!firsts.has(at)) firsts.set(at, s);
        }
        index.byMonth.set(statements, firsts);
      }
      for (let at = end - 1; at >= end - 4; at--) {
        const s = firsts.get(at);
        if (s) return s;
      }
      return undefined;
    };
    index.windows.set(
      memo,
      inWindow(index.graded.get(k)) ?? inWindow(index.graded.get("")),
    );
  }
  const statement = index.windows.get(memo);
  return statement ? fromMention(statement.date, "statement") : undefined;
}

/**
 * "Three years after 'inadequate' verdict": a count of years back from publication is a rough date
 * (the earlier report may have come out the year after its fieldwork). The same grade of the same
 * council stated with a year within one of it gives the year.
 */
function countedYear(
  ctx: ParseContext,
  candidate: JudgementCandidate,
  authority: Authority,
  date: DateMentionR,
  dated: Dated,
): Dated {
  const rel = date.value.relative;
  if (
    rel?.kind !== "years-after" &&
    rel?.kind !== "years-ago" &&
    rel?.kind !== "years-earlier"
  )
    return dated;
  const stated = [
    ...(indexOf(ctx).statedYears.get(`${key(authority)}|${candidate.grade}`) ??
      []),
  ].filter((y) => Math.abs(y - dated.year) <= 1);
  if (stated.length !== 1) return dated;
  const year = [...stated][0]!;
  return year === dated.year ? dated : { year, origin: "text" };
}

/**
 * "rated inadequate in January, following a full inspection in November and December": a grade dated
 * by when it was announced, in a sentence that also dates the inspection a few months earlier, takes
 * the inspection's date.
 */
const inspectionDatesMemo = new WeakMap<
  ParseContext,
  Map<number, DateMentionR[]>
>();

/** Dates of graded inspections (visits and date statements), by sentence. */
function inspectionDatesBySentence(
  ctx: ParseContext,
): Map<number, DateMentionR[]> {
  let index = inspectionDatesMemo.get(ctx);
  if (!index) {
    const found = new Map<number, DateMentionR[]>();
    const add = (sentence: number, date: DateMentionR): void => {
      const list = found.get(sentence) ?? [];
      if (list.length < 20) list.push(date);
      found.set(sentence, list);
    };
    for (const v of ctx.visits)
      if (
        v.when.kind === "date" &&
        (v.type === "standard-inspection" || v.type === "short-inspection")
      )
        add(v.sentence, v.when.date);
    for (const st of ctx.dateStatements)
      if (st.visit === undefined) add(st.sentence, st.date);
    index = found;
    inspectionDatesMemo.set(ctx, index);
  }
  return index;
}

function inspectionDateInSentence(
  ctx: ParseContext,
  candidate: JudgementCandidate,
  dated: Dated,
): Dated | undefined {
  if (candidate.when.kind !== "date" || dated.month === undefined)
    return undefined;
  const at = dated.year * 12 + dated.month;
  // The sentence of the date ("Help and protection ... were also judged inadequate" takes the date
  // of the sentence before).
  const sentence = ctx.sentenceOf[candidate.when.date.start];
  const own = candidate.when.date;
  if (inspectionWordBefore(ctx, own.start)) return undefined;
  for (const date of inspectionDatesBySentence(ctx).get(sentence ?? -1) ?? []) {
    if (date === own) continue;
    const v = fromMention(date, "text");
    if (!v || v.month === undefined) continue;
    const gap = at - (v.year * 12 + v.month);
    if (gap > 0 && gap <= 6) return v;
  }
  return undefined;
}

const COUNTED = new Set(["years-ago", "years-after", "years-later"]);
const statedYearsMemo = new WeakMap<ParseContext, Map<string, Set<number>>>();

/** Years stated outright (not counted back) for each authority and grade. */
function statedYears(ctx: ParseContext): Map<string, Set<number>> {
  let index = statedYearsMemo.get(ctx);
  if (!index) {
    index = new Map();
    for (const j of ctx.judgements) {
      if (j.when.kind !== "date" || j.when.date.value.relative) continue;
      const y = j.when.date.resolved?.year;
      if (y === undefined) continue;
      for (const a of j.authorities) {
        const key = `${a.gss}|${j.grade}`;
        const set = index.get(key) ?? new Set<number>();
        set.add(y);
        index.set(key, set);
      }
    }
    statedYearsMemo.set(ctx, index);
  }
  return index;
}

/**
 * "three years after the council was told they were inadequate" counts years roughly: when the text
 * also gives the same council the same grade with a stated year one year either side, that is the
 * grade meant, not another one.
 */
function countedYearAsStated(
  ctx: ParseContext,
  candidate: JudgementCandidate,
  authority: Authority,
  dated: Dated,
): Dated | undefined {
  const rel =
    candidate.when.kind === "date"
      ? candidate.when.date.value.relative
      : undefined;
  if (!rel || !COUNTED.has(rel.kind)) return undefined;
  const years = new Set<number>();
  for (const y of statedYears(ctx).get(`${authority.gss}|${candidate.grade}`) ??
    [])
    if (Math.abs(y - dated.year) <= 1) years.add(y);
  if (years.size !== 1) return undefined;
  const year = [...years][0]!;
  return year === dated.year ? undefined : { year, origin: "text" };
}

/** The earliest day a date can stand for (1 January for a year, the 1st for a month). */
function earliestDay(dated: Dated): string {
  return toPartialDate(dated.year, dated.month ?? 1, dated.day ?? 1);
}

/** A fact dated after its council was abolished ("since Cumbria County Council was abolished"): not that council's. */
function afterAbolition(
  ctx: ParseContext,
  authority: Authority,
  dated: Dated,
  what: string,
  evidence: { start: number; end: number } | undefined,
): boolean {
  if (!abolishedBefore(authority, earliestDay(dated))) return false;
  report(
    ctx,
    RULE,
    "warning",
    `${what} for ${authority.name} skipped: dated ${dated.year}, after the council was abolished (${authority.validTo ?? ""})`,
    evidence,
  );
  return true;
}

function tooLate(ctx: ParseContext, dated: Dated): boolean {
  const p = ctx.published.parts;
  if (!p) return false;
  return (
    dated.year > p.year ||
    (dated.year === p.year &&
      dated.month !== undefined &&
      dated.month > p.month)
  );
}

/**
 * Gives every candidate a calendar date per authority: a stated date, the reported inspection's date
 * (inspection-date statements first, else the publication year, else, for a day range without a year, the
 * year its weekdays fit), or for an earlier grade without a year, the one year the text gives for that
 * grade or for "the last inspection". Grades the text places under an ungraded visit are earlier
 * grades. Candidates that cannot be dated are dropped with a diagnostic.
 */
export function resolveTimes(ctx: ParseContext): void {
  const ungraded = new Map<string, boolean>();
  const currentDates = new Map<string, Dated | undefined>();
  const memoCurrent = (
    authority: Authority,
    graded: boolean,
  ): Dated | undefined => {
    const k = `${key(authority)}|${graded}`;
    if (!currentDates.has(k)) {
      const dated = currentDate(ctx, authority, graded);
      if (dated?.origin === "published") fromPublication(ctx, authority, dated);
      currentDates.set(k, dated);
    }
    return currentDates.get(k);
  };
  const resolve = (
    when: When,
    authority: Authority,
    graded: boolean,
  ): Dated | undefined =>
    when.kind === "current"
      ? memoCurrent(authority, graded)
      : resolveWhen(ctx, when, authority, graded);
  const context = inspectionContext(ctx);
  for (const candidate of ctx.judgements) {
    for (const authority of candidate.authorities) {
      let when = ownWhen(ctx, candidate);
      if (
        when.kind === "current" &&
        candidate.marker === undefined &&
        candidate.state &&
        !context.has(key(authority))
      ) {
        report(
          ctx,
          RULE,
          "info",
          `${candidate.grade} for ${authority.name} skipped: a standing grade mentioned in passing, with no inspection or date`,
          candidate.evidence[0],
        );
        continue;
      }
      if (!ungraded.has(key(authority)))
        ungraded.set(key(authority), mainVisitIsUngraded(ctx, authority));
      if (
        when.kind === "current" &&
        candidate.marker !== "current" &&
        ungraded.get(key(authority))
      )
        when = { kind: "previous" };
      let dated = resolve(when, authority, true);
      if (dated && when.kind === "current" && staleFor(ctx, candidate, dated)) {
        report(
          ctx,
          RULE,
          "info",
          `${candidate.grade} for ${authority.name} stated as new: the inspection dated ${dated.year} is an earlier one`,
          candidate.evidence[0],
        );
        dated = publishedDate(ctx);
        if (dated) fromPublication(ctx, authority, dated);
      }
      if (dated && when.kind === "date" && candidate.marker !== "previous")
        dated = fieldworkOf(ctx, authority, when.date, dated) ?? dated;
      if (dated && when.kind === "date")
        dated = countedYear(ctx, candidate, authority, when.date, dated);
      if (dated)
        dated =
          inspectionDateInSentence(ctx, candidate, dated) ??
          countedYearAsStated(ctx, candidate, authority, dated) ??
          dated;
      if (!dated && when.kind === "previous") {
        const current = ctx.published.parts?.year;
        const year = previousYear(ctx, candidate, authority, current);
        if (year !== undefined) dated = { year, origin: "previous" };
      }
      if (!dated) {
        report(
          ctx,
          RULE,
          "info",
          `${candidate.grade} for ${authority.name} skipped: no year can be given to it`,
          candidate.evidence[0],
        );
        continue;
      }
      if (tooLate(ctx, dated)) {
        report(
          ctx,
          RULE,
          "warning",
          `${candidate.grade} for ${authority.name} skipped: dated after publication`,
          candidate.evidence[0],
        );
        continue;
      }
      if (
        afterAbolition(
          ctx,
          authority,
          dated,
          candidate.grade,
          candidate.evidence[0],
        )
      )
        continue;
      ctx.datedJudgements.push({
        candidate,
        authority,
        date: dated,
        areas: [],
        framework: null,
      });
    }
  }
  for (const candidate of ctx.visits) {
    const graded =
      candidate.type === "standard-inspection" ||
      candidate.type === "short-inspection";
    for (const authority of candidate.authorities) {
      const dated = resolve(candidate.when, authority, graded);
      if (!dated) {
        report(
          ctx,
          RULE,
          "info",
          `${candidate.type} for ${authority.name} skipped: no year can be given to it`,
          candidate.evidence[0],
        );
        continue;
      }
      if (tooLate(ctx, dated)) continue;
      if (
        afterAbolition(
          ctx,
          authority,
          dated,
          candidate.type,
          candidate.evidence[0],
        )
      )
        continue;
      ctx.datedVisits.push({ candidate, authority, date: dated });
    }
  }
}
