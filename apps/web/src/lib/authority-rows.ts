import { gradeFor } from "./grades";
import { MAP_AREAS, type Era, type Grade, type MapArea } from "./vocabulary";

/** What rows need of an inspection, as `inspection.list` and `authority.list` return it. */
interface InspectionListItem {
  readonly id: string;
  readonly date: string;
  readonly type: string;
  readonly framework: string | null;
  readonly authority: { readonly gss: string };
  readonly judgements: readonly {
    readonly area: string;
    readonly grade: string;
  }[];
}

/** What rows need of an authority, as `authority.list` returns it. */
interface AuthorityListRow {
  readonly gss: string;
  readonly laCode: string;
  readonly name: string;
  readonly slug: string;
  readonly region: string;
  readonly kind: string;
  readonly latest: InspectionListItem | null;
}

/** One row of the overview table (and a map cell): an authority and the inspection the current era takes its grades from. */
export interface OverviewRow {
  readonly gss: string;
  readonly laCode: string;
  readonly name: string;
  readonly slug: string;
  readonly region: string;
  readonly kind: string;
  readonly inspection: {
    readonly id: string;
    readonly date: string;
    readonly type: string;
    readonly framework: string | null;
  } | null;
  readonly grades: Readonly<Record<MapArea, Grade | undefined>>;
}

function gradesOf(
  judgements: readonly { area: string; grade: string }[],
): Record<MapArea, Grade | undefined> {
  return Object.fromEntries(
    MAP_AREAS.map((area) => [area, gradeFor(judgements, area)]),
  ) as Record<MapArea, Grade | undefined>;
}

/**
 * Rows for the authorities the api listed. For the `latest` era each row takes the api's latest graded
 * inspection; for a framework era, the latest graded inspection under that framework (`eraInspections`,
 * newest first, as `inspection.list` returns them).
 */
export function buildRows(
  authorities: readonly AuthorityListRow[],
  era: Era,
  eraInspections: readonly InspectionListItem[] = [],
): OverviewRow[] {
  const latestInEra = new Map<string, InspectionListItem>();
  for (const inspection of eraInspections) {
    if (
      inspection.judgements.length > 0 &&
      !latestInEra.has(inspection.authority.gss)
    ) {
      latestInEra.set(inspection.authority.gss, inspection);
    }
  }
  return authorities.map((a) => {
    const inspection =
      era === "latest" ? a.latest : (latestInEra.get(a.gss) ?? null);
    return {
      gss: a.gss,
      laCode: a.laCode,
      name: a.name,
      slug: a.slug,
      region: a.region,
      kind: a.kind,
      inspection: inspection
        ? {
            id: inspection.id,
            date: inspection.date,
            type: inspection.type,
            framework: inspection.framework,
          }
        : null,
      grades: gradesOf(inspection?.judgements ?? []),
    };
  });
}

/** Grade counts of the rows in one area, with `none` for rows without a grade there. */
export function countGrades(
  rows: readonly OverviewRow[],
  area: MapArea,
): Record<Grade | "none", number> {
  const counts: Record<Grade | "none", number> = {
    outstanding: 0,
    good: 0,
    "requires-improvement": 0,
    inadequate: 0,
    none: 0,
  };
  for (const row of rows) counts[row.grades[area] ?? "none"]++;
  return counts;
}
