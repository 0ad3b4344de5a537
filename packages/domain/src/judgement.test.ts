import { describe, expect, it } from "vitest";
import {
  AREAS,
  AREA_LABELS,
  AREA_LEGACY_NAMES,
  AREA_SYNONYMS,
  GRADES,
  areaParts,
  compareGrades,
  gradeNumber,
  isBetterGrade,
  type Grade,
} from "./judgement";
import {
  INSPECTION_TYPES,
  INSPECTION_TYPE_LABELS,
  isGradedInspectionType,
} from "./inspection";

describe("areas", () => {
  it("labels every area and lists its names in lower case, each phrase under one area only", () => {
    const phrases = AREAS.flatMap((area) =>
      [...AREA_SYNONYMS[area], ...AREA_LEGACY_NAMES[area]].map(
        (p) => [p, area] as const,
      ),
    );
    for (const area of AREAS) expect(AREA_LABELS[area]).toMatch(/^[A-Z]/);
    for (const [phrase] of phrases) expect(phrase).toBe(phrase.toLowerCase());
    const owners = new Map<string, Set<string>>();
    for (const [phrase, area] of phrases)
      owners.set(phrase, (owners.get(phrase) ?? new Set()).add(area));
    expect([...owners].filter(([, areas]) => areas.size > 1)).toEqual([]);
  });

  it("splits only the combined area into parts", () => {
    expect(areaParts("children-in-care-and-care-leavers")).toEqual([
      "children-in-care",
      "care-leavers",
    ]);
    expect(AREAS.filter((a) => areaParts(a).length > 1)).toEqual([
      "children-in-care-and-care-leavers",
    ]);
  });
});

describe("grades", () => {
  it("numbers and orders grades best first", () => {
    expect(GRADES.map(gradeNumber)).toEqual([1, 2, 3, 4]);
    const shuffled: Grade[] = [
      "inadequate",
      "good",
      "outstanding",
      "requires-improvement",
    ];
    expect(shuffled.sort(compareGrades)).toEqual([
      "outstanding",
      "good",
      "requires-improvement",
      "inadequate",
    ]);
    expect(isBetterGrade("good", "requires-improvement")).toBe(true);
    expect(isBetterGrade("good", "good")).toBe(false);
  });
});

describe("inspection types", () => {
  it("grades standard and short inspections only, and labels every type", () => {
    expect(INSPECTION_TYPES.filter(isGradedInspectionType)).toEqual([
      "standard-inspection",
      "short-inspection",
    ]);
    for (const type of INSPECTION_TYPES)
      expect(INSPECTION_TYPE_LABELS[type]).toMatch(/^[A-Z]/);
  });
});
