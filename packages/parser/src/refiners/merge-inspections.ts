import {
  InspectionSchema,
  frameworkAt,
  toAuthorityRef,
  type Area,
  type Authority,
  type Evidence,
  type FrameworkId,
  type Grade,
  type Inspection,
  type InspectionType,
} from "@csi/domain";
import { authorityAtDate } from "../internal/authority-at";
import { report, type Dated, type ParseContext } from "../internal/context";
import { toPartialDate } from "../internal/dates";
import type { Span } from "../types";

const RULE = "merge-inspections";
const MAX_EVIDENCE = 6;

interface Group {
  authority: Authority;
  type: InspectionType;
  year: number;
  dates: Dated[];
  framework: FrameworkId | null;
  judgements: Map<Area, { grade: Grade; confidence: number; spans: Span[] }[]>;
  spans: Span[];
}

function precision(d: Dated): number {
  return (
    (d.day !== undefined ? 2 : d.month !== undefined ? 1 : 0) +
    (d.origin === "statement" || d.origin === "text" ? 0.5 : 0)
  );
}

function bestDate(dates: readonly Dated[]): Dated {
  return dates.reduce((best, d) => (precision(d) > precision(best) ? d : best));
}

function isoOf(d: Dated): string {
  return toPartialDate(d.year, d.month, d.day);
}

function endOf(d: Dated): string | undefined {
  if (d.endYear === undefined && d.endMonth === undefined) return undefined;
  const year = d.endYear ?? d.year;
  return toPartialDate(
    year,
    d.endMonth,
    d.endMonth !== undefined ? d.endDay : undefined,
  );
}

function dayOf(d: Dated): string {
  return toPartialDate(
    d.year,
    d.month ?? 6,
    d.month !== undefined ? (d.day ?? 1) : 1,
  );
}

function addSpans(target: Span[], spans: readonly Span[]): void {
  for (const s of spans) {
    if (target.length >= MAX_EVIDENCE) return;
    if (!target.some((t) => t.start === s.start && t.end === s.end))
      target.push(s);
  }
}

const GRADED: ReadonlySet<InspectionType> = new Set([
  "standard-inspection",
  "short-inspection",
]);

/**
 * Groups dated judgements and visits into inspections: one graded inspection per authority and year
 * (a short inspection when the text says so), one ungraded visit per authority, type and year. Within
 * an inspection, an area with two different grades keeps the better-supported one, or neither when
 * they are equally supported. Every inspection is checked against the domain schema.
 */
export function mergeInspections(ctx: ParseContext): void {
  const groups = new Map<string, Group>();
  const group = (
    authority: Authority,
    type: InspectionType,
    date: Dated,
  ): Group => {
    const resolved = authorityAtDate(authority, dayOf(date));
    const graded = GRADED.has(type);
    const key = `${resolved.gss}|${graded ? "graded" : type}|${date.year}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        authority: resolved,
        type,
        year: date.year,
        dates: [],
        framework: null,
        judgements: new Map(),
        spans: [],
      };
      groups.set(key, g);
    }
    if (type === "short-inspection") g.type = type;
    g.dates.push(date);
    return g;
  };
  for (const item of ctx.datedJudgements) {
    if (item.areas.length === 0 || item.framework === null) continue;
    const g = group(item.authority, "standard-inspection", item.date);
    g.framework = item.framework;
    for (const area of item.areas) {
      const list = g.judgements.get(area) ?? [];
      const same = list.find((x) => x.grade === item.candidate.grade);
      if (same) {
        same.confidence = Math.max(same.confidence, item.candidate.confidence);
        addSpans(same.spans, item.candidate.evidence);
      } else
        list.push({
          grade: item.candidate.grade,
          confidence: item.candidate.confidence,
          spans: [...item.candidate.evidence.slice(0, MAX_EVIDENCE)],
        });
      g.judgements.set(area, list);
    }
    if (item.date.span) addSpans(g.spans, [item.date.span]);
  }
  for (const visit of ctx.datedVisits) {
    const date = visit.date;
    if (
      !frameworkAt(isoOf(date)) &&
      !frameworkAt(toPartialDate(date.year, 12, 31))
    ) {
      report(
        ctx,
        RULE,
        "info",
        `${visit.candidate.type} of ${visit.authority.name} in ${date.year} is before the single inspection framework`,
        visit.candidate.evidence[0],
      );
      continue;
    }
    const graded = GRADED.has(visit.candidate.type);
    const key = `${authorityAtDate(visit.authority, dayOf(date)).gss}|graded|${date.year}`;
    // A "full inspection" or "last inspected in 2016" joins the graded inspection of that year.
    if (
      graded &&
      !groups.has(key) &&
      visit.candidate.type === "standard-inspection"
    ) {
      const g = group(visit.authority, "standard-inspection", date);
      addSpans(g.spans, visit.candidate.evidence);
      continue;
    }
    const g = group(visit.authority, visit.candidate.type, date);
    addSpans(g.spans, visit.candidate.evidence);
    if (date.span) addSpans(g.spans, [date.span]);
  }
  const implausible = closeGradedInspections(ctx, [...groups.values()]);
  const inspections: Inspection[] = [];
  for (const g of groups.values()) {
    if (implausible.has(g)) continue;
    const date = bestDate(g.dates);
    const iso = isoOf(date);
    const framework =
      g.framework ??
      frameworkAt(iso)?.id ??
      frameworkAt(toPartialDate(date.year, 12, 31))?.id ??
      null;
    const judgements: Inspection["judgements"] = [];
    for (const [area, options] of g.judgements) {
      let chosen = options[0]!;
      if (options.length > 1) {
        const top = Math.max(...options.map((o) => o.confidence));
        const best = options.filter((o) => o.confidence === top);
        if (best.length !== 1) {
          report(
            ctx,
            RULE,
            "warning",
            `${g.authority.name} ${g.year} ${area}: conflicting grades (${options.map((o) => o.grade).join(", ")}), none kept`,
            options[0]!.spans[0],
          );
          continue;
        }
        chosen = best[0]!;
        report(
          ctx,
          RULE,
          "info",
          `${g.authority.name} ${g.year} ${area}: kept ${chosen.grade} over ${options
            .filter((o) => o !== chosen)
            .map((o) => o.grade)
            .join(", ")}`,
          chosen.spans[0],
        );
      }
      judgements.push({
        area,
        grade: chosen.grade,
        evidence: chosen.spans.map((s) => evidenceOf(ctx, s)),
      });
    }
    const evidenceSpans: Span[] = [];
    addSpans(evidenceSpans, g.spans);
    if (evidenceSpans.length === 0)
      for (const j of g.judgements.values())
        addSpans(evidenceSpans, j[0]!.spans.slice(0, 1));
    const end = endOf(date);
    const inspection: Inspection = {
      authority: toAuthorityRef(g.authority),
      type: g.type,
      framework,
      date: iso,
      ...(end && end !== iso ? { endDate: end } : {}),
      judgements: judgements.sort(
        (a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area),
      ),
      evidence: evidenceSpans.map((s) => evidenceOf(ctx, s)),
    };
    const checked = InspectionSchema.safeParse(inspection);
    if (!checked.success) {
      report(
        ctx,
        RULE,
        "error",
        `dropped an inspection that does not fit the schema: ${checked.error.issues[0]?.message ?? "invalid"}`,
      );
      continue;
    }
    inspections.push(checked.data);
  }
  ctx.inspections = inspections.sort((a, b) =>
    a.date === b.date
      ? a.authority.name.localeCompare(b.authority.name)
      : b.date.localeCompare(a.date),
  );
}

/**
 * "The first test came in 2018. Inspectors visited in the summer and judged ... After a one-week
 * inspection in January, the service was rated outstanding": two graded inspections of one council
 * four to twelve months apart cannot both be right, since Ofsted does not grade a council twice in a
 * year. When the earlier one's year was only worked out from a month or season, it is the one left
 * out, with a warning.
 */
function closeGradedInspections(
  ctx: ParseContext,
  groups: readonly Group[],
): Set<Group> {
  const out = new Set<Group>();
  const graded = groups.filter(
    (g) => GRADED.has(g.type) && g.judgements.size > 0,
  );
  for (const a of graded)
    for (const b of graded) {
      if (a === b || a.authority.gss !== b.authority.gss) continue;
      const da = bestDate(a.dates);
      const db = bestDate(b.dates);
      if (da.month === undefined || db.month === undefined) continue;
      const gap = db.year * 12 + db.month - (da.year * 12 + da.month);
      if (gap < 4 || gap >= 12) continue;
      if (!a.dates.every((d) => d.month === undefined || d.inferredYear))
        continue;
      out.add(a);
      report(
        ctx,
        RULE,
        "warning",
        `${a.authority.name}: graded inspections dated ${isoOf(da)} and ${isoOf(db)} are months apart; the earlier one's year is not stated, so it is left out`,
        a.spans[0],
      );
    }
  return out;
}

const AREA_ORDER: readonly Area[] = [
  "overall-effectiveness",
  "leadership",
  "help-and-protection",
  "children-in-care",
  "care-leavers",
  "children-in-care-and-care-leavers",
  "adoption",
  "lscb",
];

function evidenceOf(ctx: ParseContext, span: Span): Evidence {
  return {
    source: ctx.source,
    start: span.start,
    end: span.end,
    quote: ctx.text.slice(span.start, span.end),
  };
}
