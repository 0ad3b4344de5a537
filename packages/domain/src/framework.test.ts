import { describe, expect, it } from "vitest";
import {
  FRAMEWORKS,
  FRAMEWORK_IDS,
  FrameworkSchema,
  AreaOutcomeSchema,
  areaOutcome,
  areaStatus,
  expandAllAreas,
  frameworkAt,
  getFramework,
} from "./framework";

describe("FRAMEWORKS", () => {
  it("parses every framework and covers every id once, in date order with no gaps", () => {
    expect(FRAMEWORKS.map((f) => FrameworkSchema.parse(f).id)).toEqual([
      ...FRAMEWORK_IDS,
    ]);
    for (let i = 1; i < FRAMEWORKS.length; i++) {
      const before = FRAMEWORKS[i - 1]!;
      const after = FRAMEWORKS[i]!;
      const dayAfter = new Date(
        Date.parse(`${before.to}T00:00:00Z`) + 86_400_000,
      )
        .toISOString()
        .slice(0, 10);
      expect(after.from).toBe(dayAfter);
    }
    expect(FRAMEWORKS.at(-1)?.to).toBeNull();
  });

  it("grades each framework's areas as Ofsted set them", () => {
    expect(getFramework("sif").gradedAreas).toEqual(
      expect.arrayContaining([
        "children-in-care",
        "adoption",
        "care-leavers",
        "lscb",
      ]),
    );
    expect(getFramework("sif").subJudgements).toEqual({
      adoption: "children-in-care",
      "care-leavers": "children-in-care",
    });
    expect(getFramework("sif").separateReviews).toEqual(["lscb"]);
    expect(getFramework("ilacs-2018").gradedAreas).toHaveLength(4);
    expect(getFramework("ilacs-2023").gradedAreas).toHaveLength(5);
    expect(getFramework("ilacs-2026").hasOverall).toBe(false);
    for (const f of FRAMEWORKS) {
      expect(f.gradedAreas.includes("overall-effectiveness")).toBe(
        f.hasOverall,
      );
      for (const area of f.allAreas) expect(f.gradedAreas).toContain(area);
    }
  });

  it("lists short inspections and focused visits under ILACS only", () => {
    expect(getFramework("sif").inspectionTypes).not.toContain(
      "short-inspection",
    );
    expect(getFramework("sif").inspectionTypes).not.toContain("focused-visit");
    for (const id of ["ilacs-2018", "ilacs-2023", "ilacs-2026"] as const) {
      expect(getFramework(id).inspectionTypes).toEqual(
        expect.arrayContaining([
          "standard-inspection",
          "short-inspection",
          "focused-visit",
          "monitoring-visit",
          "jtai",
        ]),
      );
    }
  });
});

describe("frameworkAt", () => {
  it.each([
    ["2013-11-01", "sif"],
    ["2013-11", "sif"],
    ["2016-05-01", "sif"],
    ["2017-12-31", "sif"],
    ["2018-01-01", "ilacs-2018"],
    ["2019", "ilacs-2018"],
    ["2022-12-31", "ilacs-2018"],
    ["2023-01-01", "ilacs-2023"],
    ["2024-03-11", "ilacs-2023"],
    ["2026-03-31", "ilacs-2023"],
    ["2026-04-01", "ilacs-2026"],
    ["2030-01-01", "ilacs-2026"],
  ])("dates %s to %s", (date, id) => {
    expect(frameworkAt(date)?.id).toBe(id);
  });

  it("returns undefined before the SIF", () => {
    expect(frameworkAt("2013-10-31")).toBeUndefined();
    expect(frameworkAt("2012")).toBeUndefined();
  });
});

describe("expandAllAreas", () => {
  it.each([
    [
      "2016-06-01",
      [
        "overall-effectiveness",
        "help-and-protection",
        "children-in-care",
        "adoption",
        "care-leavers",
        "leadership",
      ],
    ],
    [
      "2019-06-01",
      [
        "overall-effectiveness",
        "leadership",
        "help-and-protection",
        "children-in-care-and-care-leavers",
      ],
    ],
    [
      "2024-06-01",
      [
        "overall-effectiveness",
        "leadership",
        "help-and-protection",
        "children-in-care",
        "care-leavers",
      ],
    ],
    [
      "2026-06-01",
      ["leadership", "help-and-protection", "children-in-care", "care-leavers"],
    ],
    ["2012-06-01", []],
  ])("expands all areas on %s", (date, areas) => {
    expect(expandAllAreas(date)).toEqual(areas);
  });
});

describe("areaStatus and areaOutcome", () => {
  it("tells not-judged areas apart", () => {
    expect(areaStatus(getFramework("ilacs-2018"), "adoption")).toBe(
      "not-judged",
    );
    expect(areaStatus(getFramework("sif"), "adoption")).toBe("graded");
  });

  const ilacs2018 = getFramework("ilacs-2018");
  const ilacs2023 = getFramework("ilacs-2023");
  const ilacs2026 = getFramework("ilacs-2026");
  it.each([
    [
      "adoption not graded by ILACS",
      ilacs2018,
      "adoption",
      [{ area: "adoption", grade: "good" }],
      { status: "not-judged" },
    ],
    [
      "overall not graded from April 2026",
      ilacs2026,
      "overall-effectiveness",
      [],
      { status: "not-judged" },
    ],
    [
      "a graded area with no source",
      ilacs2023,
      "leadership",
      [],
      { status: "unknown" },
    ],
    [
      "a graded area with a grade",
      ilacs2023,
      "leadership",
      [{ area: "leadership", grade: "good" }],
      { status: "graded", grade: "good" },
    ],
    [
      "a graded area with disagreeing grades",
      ilacs2023,
      "leadership",
      [
        { area: "leadership", grade: "good" },
        { area: "leadership", grade: "inadequate" },
      ],
      { status: "unknown" },
    ],
    [
      "a separate area from a combined grade",
      ilacs2023,
      "care-leavers",
      [{ area: "children-in-care-and-care-leavers", grade: "good" }],
      { status: "graded", grade: "good" },
    ],
    [
      "the combined area from equal parts",
      ilacs2018,
      "children-in-care-and-care-leavers",
      [
        { area: "children-in-care", grade: "outstanding" },
        { area: "care-leavers", grade: "outstanding" },
      ],
      { status: "graded", grade: "outstanding" },
    ],
    [
      "the combined area from unequal parts",
      ilacs2018,
      "children-in-care-and-care-leavers",
      [
        { area: "children-in-care", grade: "outstanding" },
        { area: "care-leavers", grade: "good" },
      ],
      { status: "unknown" },
    ],
    [
      "a separate part under ILACS 2018",
      ilacs2018,
      "children-in-care",
      [],
      { status: "not-judged" },
    ],
  ] as const)("gives %s", (_name, framework, area, judgements, outcome) => {
    const result = areaOutcome(framework, area, judgements);
    expect(result).toEqual(outcome);
    expect(AreaOutcomeSchema.parse(result)).toEqual(result);
  });

  it("rejects an outcome that mixes states", () => {
    expect(AreaOutcomeSchema.safeParse({ status: "graded" }).success).toBe(
      false,
    );
    expect(
      AreaOutcomeSchema.safeParse({ status: "graded", grade: "adequate" })
        .success,
    ).toBe(false);
  });
});
