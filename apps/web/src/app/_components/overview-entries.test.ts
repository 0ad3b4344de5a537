import { describe, expect, it } from "vitest";
import type { OverviewRow } from "~/lib/authority-rows";
import { MAP_AREAS } from "~/lib/vocabulary";
import {
  cellLabel,
  entryGrade,
  entryHref,
  tipLines,
  toEntry,
} from "./overview-entries";

const barking: OverviewRow = {
  gss: "E09000002",
  laCode: "301",
  name: "Barking and Dagenham",
  slug: "barking-and-dagenham",
  region: "London",
  kind: "london-borough",
  inspection: {
    id: "E09000002/standard-inspection/2023-07-10",
    date: "2023-07-10",
    type: "standard-inspection",
    framework: "ilacs-2023",
  },
  grades: {
    overall: "requires-improvement",
    "help-and-protection": "inadequate",
    "children-in-care": "outstanding",
    "care-leavers": "good",
    leadership: undefined,
  },
};

const ungraded: OverviewRow = {
  ...barking,
  gss: "E06000053",
  name: "Isles of Scilly",
  slug: "isles-of-scilly",
  inspection: null,
  grades: {
    overall: undefined,
    "help-and-protection": undefined,
    "children-in-care": undefined,
    "care-leavers": undefined,
    leadership: undefined,
  },
};

describe("toEntry", () => {
  it("packs a row into a tuple with one letter per area's grade", () => {
    expect(toEntry(barking)).toEqual([
      "E09000002",
      "barking-and-dagenham",
      "Barking and Dagenham",
      "London",
      "london-borough",
      "riog-",
      "standard-inspection",
      "2023-07-10",
    ]);
    expect(toEntry(ungraded).slice(5)).toEqual(["-----", "", ""]);
  });

  it("gives back every area's grade as the row had it", () => {
    const entry = toEntry(barking);
    for (const area of MAP_AREAS)
      expect(entryGrade(entry, area)).toBe(barking.grades[area] ?? "none");
    expect(entryHref(entry)).toBe("/authorities/barking-and-dagenham");
  });
});

describe("cellLabel", () => {
  it("states the area shown first, then the inspection and the other areas", () => {
    expect(cellLabel(toEntry(barking), "care-leavers", "latest")).toBe(
      "Barking and Dagenham: Care leavers good. Standard inspection, 10 Jul 2023. " +
        "Overall effectiveness: Requires improvement to be good; Help and protection: Inadequate; " +
        "Children in care: Outstanding; Leadership: No grade recorded.",
    );
  });

  it("says why there is no grade, naming the framework when one is chosen", () => {
    const entry = toEntry(ungraded);
    expect(cellLabel(entry, "overall", "latest")).toBe(
      "Isles of Scilly: Overall effectiveness no grade recorded. No graded inspection recorded.",
    );
    expect(cellLabel(entry, "overall", "sif")).toBe(
      "Isles of Scilly: Overall effectiveness no grade recorded. No graded inspection under SIF 2013–17.",
    );
  });
});

describe("tipLines", () => {
  it("lists the inspection and every area's grade", () => {
    expect(tipLines(toEntry(barking), "latest")).toEqual([
      "Standard inspection, 10 Jul 2023",
      "Overall effectiveness: Requires improvement to be good",
      "Help and protection: Inadequate",
      "Children in care: Outstanding",
      "Care leavers: Good",
      "Leadership: No grade recorded",
    ]);
    expect(tipLines(toEntry(ungraded), "ilacs-2018")).toEqual([
      "No graded inspection under ILACS 2018–22",
    ]);
  });
});
