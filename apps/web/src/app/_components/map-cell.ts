import { formatDateShort } from "~/lib/format";
import {
  ERA_LABELS,
  GRADE_LOOK,
  INSPECTION_TYPE_LABELS,
  MAP_AREAS,
  MAP_AREA_LABELS,
  type Era,
  type GradeOrNone,
  type MapArea,
} from "~/lib/vocabulary";
import type { OverviewRow } from "./overview-model";

/** What a map draws for one authority. */
export interface MapCell {
  readonly gss: string;
  readonly name: string;
  readonly href: string;
  readonly grade: GradeOrNone;
  /** The accessible name: authority, grade in the current area, and the other grades. */
  readonly label: string;
  /** Tooltip lines after the name. */
  readonly tip: readonly string[];
  /** Outside the table's current filter. */
  readonly dimmed: boolean;
}

/** Map cells keyed by GSS code, for the area and era shown. */
export function toMapCells(
  rows: readonly OverviewRow[],
  area: MapArea,
  era: Era,
  shown: ReadonlySet<string> | undefined,
): Map<string, MapCell> {
  const cells = new Map<string, MapCell>();
  for (const row of rows) {
    const grade = row.grades[area] ?? "none";
    const when = row.inspection
      ? `${INSPECTION_TYPE_LABELS[row.inspection.type] ?? row.inspection.type}, ${formatDateShort(row.inspection.date)}`
      : era === "latest"
        ? "No graded inspection recorded"
        : `No graded inspection under ${ERA_LABELS[era]}`;
    const grades = MAP_AREAS.map(
      (a) =>
        `${MAP_AREA_LABELS[a]}: ${GRADE_LOOK[row.grades[a] ?? "none"].label}`,
    );
    cells.set(row.gss, {
      gss: row.gss,
      name: row.name,
      href: `/authorities/${row.slug}`,
      grade,
      label: `${row.name}: ${MAP_AREA_LABELS[area]} ${GRADE_LOOK[grade].label.toLowerCase()}. ${when}.${
        row.inspection
          ? ` ${grades.filter((_, i) => MAP_AREAS[i] !== area).join("; ")}.`
          : ""
      }`,
      tip: row.inspection ? [when, ...grades] : [when],
      dimmed: shown !== undefined && !shown.has(row.gss),
    });
  }
  return cells;
}
