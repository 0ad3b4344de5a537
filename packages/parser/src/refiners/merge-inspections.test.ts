import { describe, expect, it } from "vitest";
import { parseText } from "../parse-document";
import { inspectionsOf } from "../internal/testing";

describe("mergeInspections", () => {
  it("makes one graded inspection per council and year, with the most precise date", () => {
    const result = parseText(
      "Ofsted rated Wigan good. Inspectors visited between 4 and 15 November. Leadership was rated outstanding.",
      { published: "2019-12-11" },
    );
    expect(inspectionsOf(result)).toEqual([
      "Wigan|standard-inspection|2019-11-04|overall-effectiveness=good,leadership=outstanding",
    ]);
    expect(result.inspections[0]?.endDate).toBe("2019-11-15");
  });

  it("marks a graded inspection as short when the text says so", () => {
    expect(
      inspectionsOf(
        parseText("Wigan remains good after a short inspection by Ofsted.", {
          published: "2019-12-11",
        }),
      ),
    ).toEqual(["Wigan|short-inspection|2019|overall-effectiveness=good"]);
  });

  it("keeps ungraded visits apart from graded inspections", () => {
    const result = parseText(
      "Ofsted made a focused visit to Wigan in October. Wigan was rated good in 2017.",
      { published: "2019-12-11" },
    );
    expect(inspectionsOf(result)).toEqual([
      "Wigan|focused-visit|2019-10|",
      "Wigan|standard-inspection|2017|overall-effectiveness=good",
    ]);
  });

  it("drops both grades of an area stated two ways with equal support", () => {
    const result = parseText(
      "Ofsted rated Wigan good. Ofsted rated Wigan inadequate.",
      { published: "2019-12-11" },
    );
    expect(inspectionsOf(result)).toEqual(["Wigan|standard-inspection|2019|"]);
    expect(
      result.diagnostics.some(
        (d) => d.ruleId === "merge-inspections" && d.severity === "warning",
      ),
    ).toBe(true);
  });

  it("uses the register row in force at the inspection date", () => {
    const result = parseText(
      "Ofsted rated Northamptonshire County Council inadequate in 2016. North Yorkshire was rated outstanding in 2019.",
      { published: "2020-01-01" },
    );
    expect(result.inspections.map((i) => i.authority.gss)).toEqual([
      "E06000065",
      "E10000021",
    ]);
  });
});

describe("mergeInspections, places over time", () => {
  it("gives Dorset the register row of each inspection's date", () => {
    const result = parseText(
      "Dorset Council's children's services have been rated good by Ofsted. Dorset County Council was rated requires improvement in 2017.",
      { published: "2021-10-04" },
    );
    expect(
      result.inspections.map((i) => `${i.authority.gss} ${i.date}`),
    ).toEqual(["E06000059 2021", "E10000009 2017"]);
  });
});
