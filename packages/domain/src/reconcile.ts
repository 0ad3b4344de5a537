import { z } from "zod";
import {
  AuthorityRefSchema,
  findAuthorityByGss,
  toAuthorityRef,
  type AuthorityRef,
} from "./authority";
import {
  PartialDateSchema,
  areDatesConsistent,
  datePrecision,
  startOfPartialDate,
  yearOf,
  type PartialDate,
} from "./date";
import { EvidenceSchema, type Evidence } from "./evidence";
import { frameworkAt, getFramework, type FrameworkId } from "./framework";
import { daysBetween } from "./internal/date-math";
import {
  AREAS,
  AreaSchema,
  GRADES,
  GradeSchema,
  areaParts,
  type Area,
  type Grade,
} from "./judgement";
import { InspectionSchema, JudgementSchema, type Claim } from "./records";

/** Schema for a judgement that the merged sources agree on, with every source that gives it. */
export const ReconciledJudgementSchema = JudgementSchema.extend({
  /** Every source that gives this grade for this area (or for a combined or separate area covering it), sorted. */
  sources: z.array(z.string()).min(1),
});
/** A judgement that the merged sources agree on, with every source that gives it. */
export type ReconciledJudgement = z.infer<typeof ReconciledJudgementSchema>;

/**
 * Schema for one inspection merged from the claims of one or more sources. It is an {@link Inspection}
 * whose judgements are the areas the sources agree on; what they disagree on is reported as a
 * {@link Conflict} naming its `id` instead.
 */
export const ReconciledInspectionSchema = InspectionSchema.extend({
  /** Stable identifier: `<gss>/<type>/<date>`, e.g. `"E09000013/standard-inspection/2019-07-08"`. */
  id: z.string(),
  judgements: z.array(ReconciledJudgementSchema),
  /** Every source whose claim was merged into this inspection, sorted. */
  sources: z.array(z.string()).min(1),
});
/** One inspection merged from the claims of one or more sources. */
export type ReconciledInspection = z.infer<typeof ReconciledInspectionSchema>;

/** Inspection fields other than grades that sources can disagree on. */
export const CONFLICT_FIELDS = [
  "date",
  "endDate",
  "published",
  "framework",
] as const;
/** Schema for an inspection field that sources can disagree on. */
export const ConflictFieldSchema = z.enum(CONFLICT_FIELDS);
/** An inspection field that sources can disagree on, e.g. `"date"`. */
export type ConflictField = z.infer<typeof ConflictFieldSchema>;

const conflictBase = {
  authority: AuthorityRefSchema,
  /** The `id` of the reconciled inspection the conflict is about. */
  inspection: z.string(),
};

/**
 * Schema for a disagreement that `reconcile` reports instead of choosing: sources giving different
 * grades for one area (`"grade"`), different values of one field (`"field"`), or a vague date that fits
 * several inspections (`"ambiguous"`). Each lists every source with its value and evidence.
 */
export const ConflictSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("grade"),
    ...conflictBase,
    /** The area as the framework grades it (the combined area under ILACS 2018–2022). */
    area: AreaSchema,
    values: z.array(
      z.object({
        source: z.string(),
        area: AreaSchema,
        grade: GradeSchema,
        evidence: z.array(EvidenceSchema),
      }),
    ),
  }),
  z.object({
    kind: z.literal("field"),
    ...conflictBase,
    field: ConflictFieldSchema,
    values: z.array(
      z.object({
        source: z.string(),
        value: z.string(),
        evidence: z.array(EvidenceSchema),
      }),
    ),
  }),
  z.object({
    kind: z.literal("ambiguous"),
    ...conflictBase,
    /** Ids of the inspections the vague claims could be about; the claims are kept apart in `inspection`. */
    candidates: z.array(z.string()).min(2),
    values: z.array(
      z.object({
        source: z.string(),
        value: PartialDateSchema,
        evidence: z.array(EvidenceSchema),
      }),
    ),
  }),
]);
/** A disagreement between sources that `reconcile` reports instead of choosing. */
export type Conflict = z.infer<typeof ConflictSchema>;

/** Schema for the result of {@link reconcile}. */
export const ReconciliationSchema = z.object({
  inspections: z.array(ReconciledInspectionSchema),
  conflicts: z.array(ConflictSchema),
});
/** The result of {@link reconcile}: merged inspections, and the conflicts between their sources. */
export type Reconciliation = z.infer<typeof ReconciliationSchema>;

/** Day-precise start dates this many days apart or fewer can belong to one inspection (a fortnight on site). */
const SAME_INSPECTION_DAYS = 13;
const COMBINED: Area = "children-in-care-and-care-leavers";

interface Cluster {
  readonly members: Claim[];
  /** For day-precise clusters: the first start date. */
  readonly first?: PartialDate;
  /** Set when the members' vague date fits several clusters. */
  readonly candidates?: readonly Cluster[];
}

interface Built {
  readonly cluster: Cluster;
  readonly inspection: Omit<ReconciledInspection, "id">;
  readonly conflicts: readonly ConflictWithoutIds[];
}

type ConflictWithoutIds = DistributiveOmit<
  Conflict,
  "inspection" | "authority"
>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown
  ? Omit<T, K>
  : never;

/**
 * Merges claims about the same inspection into one inspection citing every source, and reports where
 * sources disagree instead of choosing between them. Deterministic: the output does not depend on the
 * order of `claims`.
 *
 * Claims are about the same inspection when they name the same authority (GSS code) and the same type
 * (a standard and a short inspection are different types) and their start dates are consistent: one
 * partial date is a prefix of the other (`"2019"` fits `"2019-07-08"`), or both are exact days within
 * 13 days of each other. A vague date that fits several inspections is kept apart and reported as an
 * `"ambiguous"` conflict.
 *
 * Within an inspection, sources agree on an area when they give the same grade. A combined "children in
 * care and care leavers" grade counts as that grade for each part, so it agrees with separate grades
 * equal to it; judgements come out in the form the framework in force grades (combined under ILACS
 * 2018–2022, separate otherwise). Disagreeing grades, and disagreeing dates, publication dates or
 * frameworks, become conflicts; the inspection then keeps only what all sources agree on (for dates, the
 * most precise date consistent with every source).
 * @example
 * const { inspections, conflicts } = reconcile([claimFromArticle, claimFromReport]);
 * inspections[0]?.sources; // ["article.txt", "report.pdf"]
 */
export function reconcile(claims: readonly Claim[]): Reconciliation {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.authority.gss}\u0000${claim.type}`;
    const group = groups.get(key) ?? [];
    group.push(claim);
    groups.set(key, group);
  }
  const built = [...groups.values()].flatMap((group) =>
    clusterClaims(group).map(buildInspection),
  );
  // The full content breaks ties, so the order of `claims` never shows through.
  built.sort(
    (a, b) =>
      compareInspections(a.inspection, b.inspection) ||
      compareText(
        JSON.stringify([
          a.inspection,
          a.conflicts,
          a.cluster.candidates?.length,
        ]),
        JSON.stringify([
          b.inspection,
          b.conflicts,
          b.cluster.candidates?.length,
        ]),
      ),
  );

  const ids = new Map<Cluster, string>();
  const used = new Map<string, number>();
  const inspections: ReconciledInspection[] = built.map(
    ({ cluster, inspection }) => {
      const base = `${inspection.authority.gss}/${inspection.type}/${inspection.date}`;
      const seen = (used.get(base) ?? 0) + 1;
      used.set(base, seen);
      const id = seen === 1 ? base : `${base}~${seen}`;
      ids.set(cluster, id);
      return { id, ...inspection };
    },
  );

  const conflicts: Conflict[] = built.flatMap(
    ({ cluster, inspection, conflicts: found }) => {
      const context = {
        authority: inspection.authority,
        inspection: ids.get(cluster) ?? "",
      };
      const ambiguous: Conflict[] = cluster.candidates
        ? [
            {
              ...context,
              kind: "ambiguous",
              candidates: cluster.candidates
                .map((c) => ids.get(c) ?? "")
                .sort(),
              values: fieldValues(cluster.members, (c) => c.date),
            },
          ]
        : [];
      return [
        ...found.map((conflict): Conflict => ({ ...context, ...conflict })),
        ...ambiguous,
      ];
    },
  );
  return { inspections, conflicts };
}

/**
 * Groups the years of the dates of claims about one authority and type into the runs that
 * {@link reconcile} must see together, sorted. A claim can only be merged with, compared with, or be
 * ambiguous between claims of its own year, or of the year before or after when exact days on both
 * sides of New Year lie within 13 days of each other (with no gap over 13 days between them). So
 * reconciling the claims of each run on its own gives exactly the inspections, ids and conflicts that
 * reconciling all the claims at once gives: a store can re-reconcile only the runs a change touches.
 * Pass the dates of every claim in the years of interest (and of claims just removed: they may have
 * joined two years).
 * @example
 * linkedYears(["2019-12-30", "2020-01-05", "2020", "2021-03"]); // [[2019, 2020], [2021]]
 */
export function linkedYears(dates: Iterable<PartialDate>): number[][] {
  const years = new Set<number>();
  const days: PartialDate[] = [];
  for (const date of dates) {
    years.add(yearOf(date));
    if (datePrecision(date) === "day") days.push(date);
  }
  days.sort();
  // Day clusters never span a gap of more than 13 days between consecutive days, so only such a
  // chain across New Year joins two years.
  const joinsNext = new Set<number>();
  for (let i = 1; i < days.length; i++) {
    const before = days[i - 1] as PartialDate;
    const after = days[i] as PartialDate;
    if (
      yearOf(after) !== yearOf(before) &&
      daysBetween(before, after) <= SAME_INSPECTION_DAYS
    )
      joinsNext.add(yearOf(before));
  }
  const runs: number[][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && joinsNext.has(year - 1) && last.at(-1) === year - 1)
      last.push(year);
    else runs.push([year]);
  }
  return runs;
}

/** Splits the claims about one authority and type into clusters, one per inspection. */
function clusterClaims(group: readonly Claim[]): Cluster[] {
  const byDate = [...group].sort((a, b) => a.date.localeCompare(b.date));
  const days: Cluster[] = [];
  for (const claim of byDate.filter((c) => datePrecision(c.date) === "day")) {
    const last = days.at(-1);
    if (
      last?.first !== undefined &&
      daysBetween(last.first, claim.date) <= SAME_INSPECTION_DAYS
    )
      last.members.push(claim);
    else days.push({ members: [claim], first: claim.date });
  }
  const months = attachVague(
    byDate.filter((c) => datePrecision(c.date) === "month"),
    days,
  );
  const years = attachVague(
    byDate.filter((c) => datePrecision(c.date) === "year"),
    [...days, ...months.filter((c) => !c.candidates)],
  );
  return [...days, ...months, ...years];
}

/**
 * Attaches each vague claim to the one cluster its date fits; claims that fit none share a new cluster
 * per date, and claims that fit several share an ambiguous cluster per date. Returns the new clusters.
 */
function attachVague(
  vague: readonly Claim[],
  precise: readonly Cluster[],
): Cluster[] {
  const created = new Map<string, Cluster>();
  for (const claim of vague) {
    const fits = precise.filter((cluster) =>
      cluster.members.some((m) => m.date.startsWith(claim.date)),
    );
    const [only] = fits;
    if (fits.length === 1 && only) {
      only.members.push(claim);
      continue;
    }
    const cluster = created.get(claim.date) ?? {
      members: [],
      ...(fits.length > 1 ? { candidates: fits } : {}),
    };
    cluster.members.push(claim);
    created.set(claim.date, cluster);
  }
  return [...created.values()];
}

function buildInspection(cluster: Cluster): Built {
  const members = cluster.members;
  const [first] = members;
  if (!first) throw new Error("reconcile: empty cluster");
  const conflicts: ConflictWithoutIds[] = [];
  const fieldConflict = (
    field: ConflictField,
    pick: (c: Claim) => string | null | undefined,
  ): void => {
    conflicts.push({
      kind: "field",
      field,
      values: fieldValues(members, pick),
    });
  };

  const date = mergeDates(members.map((c) => c.date));
  if (date.conflict) fieldConflict("date", (c) => c.date);
  // Sources that share no year (a fortnight across New Year): the earliest day any of them gives.
  const startDate =
    date.value ??
    [...members.map((c) => c.date)].sort(compareDates)[0] ??
    first.date;

  const endDate = mergeDates(
    members.flatMap((c) => (c.endDate === undefined ? [] : [c.endDate])),
  );
  if (endDate.conflict) fieldConflict("endDate", (c) => c.endDate);

  const published = mergeDates(
    members.flatMap((c) => (c.published === undefined ? [] : [c.published])),
  );
  if (published.conflict) fieldConflict("published", (c) => c.published);

  const frameworks = [
    ...new Set(
      members.flatMap((c) => (c.framework === null ? [] : [c.framework])),
    ),
  ];
  if (frameworks.length > 1) fieldConflict("framework", (c) => c.framework);
  const framework: FrameworkId | null =
    frameworks.length === 1
      ? (frameworks[0] ?? null)
      : frameworks.length === 0
        ? (frameworkAt(startDate)?.id ?? null)
        : null;

  const { judgements, conflicts: gradeConflicts } = mergeJudgements(
    members,
    framework,
  );
  conflicts.push(...gradeConflicts);

  const registered = findAuthorityByGss(first.authority.gss);
  const authority: AuthorityRef = registered
    ? toAuthorityRef(registered)
    : ([...members.map((c) => c.authority)].sort(
        (a, b) =>
          compareText(a.name, b.name) || compareText(a.laCode, b.laCode),
      )[0] ?? first.authority);

  return {
    cluster,
    inspection: {
      authority,
      type: first.type,
      framework,
      date: startDate,
      ...(endDate.value !== undefined ? { endDate: endDate.value } : {}),
      ...(published.value !== undefined && !published.conflict
        ? { published: published.value }
        : {}),
      judgements,
      evidence: unionEvidence(members.map((c) => c.evidence)),
      sources: sortedUnique(members.map((c) => c.source)),
    },
    conflicts,
  };
}

interface Entry {
  readonly source: string;
  readonly area: Area;
  readonly grade: Grade;
  readonly evidence: readonly Evidence[];
}

function mergeJudgements(
  members: readonly Claim[],
  framework: FrameworkId | null,
): { judgements: ReconciledJudgement[]; conflicts: ConflictWithoutIds[] } {
  const entries = members.flatMap((claim) =>
    claim.judgements.map((j): Entry => ({
      source: claim.source,
      area: j.area,
      grade: j.grade,
      evidence: j.evidence,
    })),
  );
  const inCareEntries = entries.filter((e) =>
    areaParts(e.area).some((p) => areaParts(COMBINED).includes(p)),
  );
  const useCombined = framework
    ? getFramework(framework).gradedAreas.includes(COMBINED)
    : inCareEntries.length > 0 &&
      inCareEntries.every((e) => e.area === COMBINED);
  // The unit an entry is compared in: the combined area when the framework grades it that way,
  // otherwise each separate part (a combined grade then counts for both parts).
  const units = (area: Area): readonly Area[] =>
    useCombined && areaParts(COMBINED).some((p) => areaParts(area).includes(p))
      ? [COMBINED]
      : areaParts(area);

  const judgements: ReconciledJudgement[] = [];
  const conflicts: ConflictWithoutIds[] = [];
  for (const unit of AREAS) {
    const matching = entries.filter((e) => units(e.area).includes(unit));
    const grades = new Set(matching.map((e) => e.grade));
    const [grade] = grades;
    if (grades.size === 1 && grade !== undefined) {
      judgements.push({
        area: unit,
        grade,
        evidence: unionEvidence(matching.map((e) => e.evidence)),
        sources: sortedUnique(matching.map((e) => e.source)),
      });
    } else if (grades.size > 1) {
      conflicts.push({
        kind: "grade",
        area: unit,
        values: gradeValues(matching),
      });
    }
  }
  return { judgements, conflicts };
}

function gradeValues(
  entries: readonly Entry[],
): Extract<Conflict, { kind: "grade" }>["values"] {
  const byKey = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.source}\u0000${e.area}\u0000${e.grade}`;
    byKey.set(key, [...(byKey.get(key) ?? []), e]);
  }
  return [...byKey.values()]
    .map((same) => {
      const [e] = same as [Entry, ...Entry[]];
      return {
        source: e.source,
        area: e.area,
        grade: e.grade,
        evidence: unionEvidence(same.map((s) => s.evidence)),
      };
    })
    .sort(
      (a, b) =>
        compareText(a.source, b.source) ||
        AREAS.indexOf(a.area) - AREAS.indexOf(b.area) ||
        GRADES.indexOf(a.grade) - GRADES.indexOf(b.grade),
    );
}

/** One value per source and distinct value of a field, with the evidence of the claims that give it. */
function fieldValues(
  members: readonly Claim[],
  pick: (claim: Claim) => string | null | undefined,
): { source: string; value: string; evidence: Evidence[] }[] {
  const byKey = new Map<
    string,
    { source: string; value: string; evidence: Evidence[][] }
  >();
  for (const claim of members) {
    const value = pick(claim);
    if (value === null || value === undefined) continue;
    const key = `${claim.source}\u0000${value}`;
    const found = byKey.get(key) ?? {
      source: claim.source,
      value,
      evidence: [],
    };
    found.evidence.push(claim.evidence);
    byKey.set(key, found);
  }
  return [...byKey.values()]
    .map((v) => ({
      source: v.source,
      value: v.value,
      evidence: unionEvidence(v.evidence),
    }))
    .sort(
      (a, b) =>
        compareText(a.source, b.source) || compareText(a.value, b.value),
    );
}

/**
 * The most precise date consistent with every value (each value a prefix of it, or it a prefix of each),
 * and whether the values disagree. `value` is `undefined` for no values, or when they share no year.
 */
function mergeDates(values: readonly PartialDate[]): {
  value: PartialDate | undefined;
  conflict: boolean;
} {
  const conflict = values.some((a) =>
    values.some((b) => !areDatesConsistent(a, b)),
  );
  for (const length of [10, 7, 4]) {
    const cut = new Set(
      values.filter((v) => v.length >= length).map((v) => v.slice(0, length)),
    );
    const [candidate] = cut;
    if (
      cut.size === 1 &&
      candidate !== undefined &&
      values.every((v) => areDatesConsistent(v, candidate))
    ) {
      return { value: candidate, conflict };
    }
  }
  return { value: undefined, conflict };
}

function unionEvidence(lists: readonly (readonly Evidence[])[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const e of lists.flat())
    byKey.set(`${e.source}\u0000${e.start}\u0000${e.end}\u0000${e.quote}`, e);
  return [...byKey.values()].sort(
    (a, b) =>
      compareText(a.source, b.source) ||
      a.start - b.start ||
      a.end - b.end ||
      compareText(a.quote, b.quote),
  );
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}

function compareInspections(
  a: Omit<ReconciledInspection, "id">,
  b: Omit<ReconciledInspection, "id">,
): number {
  return (
    compareText(a.authority.gss, b.authority.gss) ||
    compareDates(a.date, b.date) ||
    compareText(a.type, b.type) ||
    compareText(a.sources.join("\u0000"), b.sources.join("\u0000"))
  );
}

/** Earliest first day, then the more precise date first. */
function compareDates(a: PartialDate, b: PartialDate): number {
  return (
    compareText(startOfPartialDate(a), startOfPartialDate(b)) ||
    b.length - a.length
  );
}

// Code-unit order, not locale order, so output is the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
