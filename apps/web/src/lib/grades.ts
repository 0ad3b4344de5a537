import {
  isGrade,
  MAP_AREA_TO_AREA,
  type Grade,
  type MapArea,
} from "./vocabulary";

/**
 * The grade a list of judgements gives a map area. ILACS 2018–22 graded children in care and care
 * leavers together; that combined judgement stands for either part (as the api's summaries count it).
 */
export function gradeFor(
  judgements: readonly { area: string; grade: string }[],
  area: MapArea,
): Grade | undefined {
  const target = MAP_AREA_TO_AREA[area];
  const direct = judgements.find((j) => j.area === target)?.grade;
  if (isGrade(direct)) return direct;
  if (area === "children-in-care" || area === "care-leavers") {
    const combined = judgements.find(
      (j) => j.area === "children-in-care-and-care-leavers",
    )?.grade;
    if (isGrade(combined)) return combined;
  }
  return undefined;
}
