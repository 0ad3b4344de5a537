import {
  areaParts,
  compareGrades,
  isGradedInspectionType,
  type Area,
  type Authority,
  type Grade,
  type PartialDate,
} from "@csi/domain";
import type { InspectionSummary } from "../store/store";

/** An authority with its latest inspections. */
export interface AuthoritySummary extends Authority {
  /** The latest graded inspection (standard or short, with judgements); `null` when none is known. */
  readonly latest: InspectionSummary | null;
  /** The latest inspection or visit of any type. */
  readonly lastVisit: InspectionSummary | null;
  readonly inspectionCount: number;
  readonly conflictCount: number;
}

/** True for a standard or short inspection with at least one judgement. */
export function isGraded(inspection: InspectionSummary): boolean {
  return (
    isGradedInspectionType(inspection.type) && inspection.judgements.length > 0
  );
}

/**
 * The grade an inspection gave an area: its own judgement, or the combined children in care and care
 * leavers judgement (ILACS 2018–22) for either part.
 */
export function gradeIn(
  inspection: InspectionSummary,
  area: Area,
): Grade | undefined {
  const direct = inspection.judgements.find((j) => j.area === area);
  if (direct) return direct.grade;
  return inspection.judgements.find(
    (j) => j.area !== area && areaParts(j.area).includes(area),
  )?.grade;
}

/** Newest first; a year-only date sorts before the days of that year. */
export function byDateDesc(
  a: { date: PartialDate },
  b: { date: PartialDate },
): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : 0;
}

/** Pairs each authority with its latest graded inspection and latest visit. */
export function summarizeAuthorities(
  authorities: readonly Authority[],
  inspections: readonly InspectionSummary[],
): AuthoritySummary[] {
  const byGss = new Map<string, InspectionSummary[]>();
  for (const inspection of inspections) {
    byGss.set(inspection.authority.gss, [
      ...(byGss.get(inspection.authority.gss) ?? []),
      inspection,
    ]);
  }
  return authorities.map((authority) => {
    const own = [...(byGss.get(authority.gss) ?? [])].sort(byDateDesc);
    return {
      ...authority,
      latest: own.find(isGraded) ?? null,
      lastVisit: own[0] ?? null,
      inspectionCount: own.length,
      conflictCount: own.reduce((n, i) => n + i.conflictCount, 0),
    };
  });
}

/** Which way a grade moved between two consecutive graded inspections. */
export type Direction = "improved" | "declined" | "unchanged";

/** One authority's grade in one area at two consecutive graded inspections. */
export interface GradeChange {
  readonly authority: InspectionSummary["authority"];
  readonly area: Area;
  readonly from: {
    readonly inspectionId: string;
    readonly date: PartialDate;
    readonly grade: Grade;
  };
  readonly to: {
    readonly inspectionId: string;
    readonly date: PartialDate;
    readonly grade: Grade;
  };
  readonly direction: Direction;
  /** Grades moved: positive when better (inadequate → good is 2). */
  readonly steps: number;
}

/**
 * Grade movements in `area` between consecutive graded inspections of each authority that graded it
 * (the combined children in care and care leavers judgement counts for either part).
 */
export function gradeChanges(
  inspections: readonly InspectionSummary[],
  area: Area,
): GradeChange[] {
  const byGss = new Map<string, InspectionSummary[]>();
  for (const inspection of inspections) {
    if (!isGraded(inspection) || gradeIn(inspection, area) === undefined)
      continue;
    byGss.set(inspection.authority.gss, [
      ...(byGss.get(inspection.authority.gss) ?? []),
      inspection,
    ]);
  }
  const changes: GradeChange[] = [];
  for (const list of byGss.values()) {
    const ordered = [...list].sort(byDateDesc).reverse();
    for (let i = 1; i < ordered.length; i++) {
      const before = ordered[i - 1];
      const after = ordered[i];
      const from = before && gradeIn(before, area);
      const to = after && gradeIn(after, area);
      if (!before || !after || !from || !to) continue;
      const steps = compareGrades(from, to);
      changes.push({
        authority: after.authority,
        area,
        from: { inspectionId: before.id, date: before.date, grade: from },
        to: { inspectionId: after.id, date: after.date, grade: to },
        direction:
          steps > 0 ? "improved" : steps < 0 ? "declined" : "unchanged",
        steps,
      });
    }
  }
  return changes.sort(
    (a, b) =>
      byDateDesc(a.to, b.to) ||
      a.authority.name.localeCompare(b.authority.name),
  );
}
