import type { OverviewRow } from "~/lib/authority-rows";
import { formatDateShort } from "~/lib/format";
import {
  ERA_LABELS,
  GRADE_LOOK,
  GRADES,
  INSPECTION_TYPE_LABELS,
  MAP_AREA_LABELS,
  MAP_AREAS,
  type Era,
  type GradeOrNone,
  type MapArea,
} from "~/lib/vocabulary";

/**
 * One authority as the overview's client components (table rows, hex map, tooltip) receive it. Props
 * of client components travel in the page as JSON next to the HTML they render, so an authority is a
 * short tuple sent once and shared by every component that shows it, not an object per component.
 */
export type OverviewEntry = readonly [
  gss: string,
  slug: string,
  name: string,
  region: string,
  kind: string,
  /** One letter per `MAP_AREAS` area, in that order (see {@link GRADE_CODES}). */
  grades: string,
  /** Inspection type of the row's inspection, `""` when there is none. */
  type: string,
  /** ISO date of the row's inspection, `""` when there is none. */
  date: string,
];

/** The letter that stands for each grade in {@link OverviewEntry}'s grades. */
export const GRADE_CODES: Readonly<Record<GradeOrNone, string>> = {
  outstanding: "o",
  good: "g",
  "requires-improvement": "r",
  inadequate: "i",
  none: "-",
};

const BY_CODE: Readonly<Record<string, GradeOrNone>> = Object.fromEntries(
  [...GRADES, "none" as const].map((grade) => [GRADE_CODES[grade], grade]),
);

/** The compact entry of an overview row. */
export function toEntry(row: OverviewRow): OverviewEntry {
  return [
    row.gss,
    row.slug,
    row.name,
    row.region,
    row.kind,
    MAP_AREAS.map((area) => GRADE_CODES[row.grades[area] ?? "none"]).join(""),
    row.inspection?.type ?? "",
    row.inspection?.date ?? "",
  ];
}

/** The entry's grade in one area (`none` when it has none). */
export function entryGrade(entry: OverviewEntry, area: MapArea): GradeOrNone {
  return BY_CODE[entry[5][MAP_AREAS.indexOf(area)] ?? "-"] ?? "none";
}

/** The link to the entry's authority page. */
export function entryHref(entry: OverviewEntry): string {
  return `/authorities/${entry[1]}`;
}

/** Which inspection the grades come from ("Standard inspection, 10 Jul 2023"), or why there is none. */
function whenOf(entry: OverviewEntry, era: Era): string {
  const [, , , , , , type, date] = entry;
  if (date)
    return `${INSPECTION_TYPE_LABELS[type] ?? type}, ${formatDateShort(date)}`;
  return era === "latest"
    ? "No graded inspection recorded"
    : `No graded inspection under ${ERA_LABELS[era]}`;
}

const gradeLines = (entry: OverviewEntry) =>
  MAP_AREAS.map(
    (area) =>
      `${MAP_AREA_LABELS[area]}: ${GRADE_LOOK[entryGrade(entry, area)].label}`,
  );

/** A map cell's accessible name: the authority, its grade in the area shown, the inspection, then the other grades. */
export function cellLabel(
  entry: OverviewEntry,
  area: MapArea,
  era: Era,
): string {
  const grade = GRADE_LOOK[entryGrade(entry, area)].label.toLowerCase();
  const others = entry[7]
    ? ` ${gradeLines(entry)
        .filter((_, i) => MAP_AREAS[i] !== area)
        .join("; ")}.`
    : "";
  return `${entry[2]}: ${MAP_AREA_LABELS[area]} ${grade}. ${whenOf(entry, era)}.${others}`;
}

/** A map tooltip's lines under the authority's name: the inspection, then every area's grade. */
export function tipLines(entry: OverviewEntry, era: Era): string[] {
  return entry[7]
    ? [whenOf(entry, era), ...gradeLines(entry)]
    : [whenOf(entry, era)];
}
