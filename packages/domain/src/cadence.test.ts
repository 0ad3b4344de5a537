import { describe, expect, it } from "vitest";
import {
  ILACS_CADENCE,
  CadenceRuleSchema,
  NextInspectionWindowSchema,
  nextInspectionWindow,
} from "./cadence";
import { GRADES } from "./judgement";

describe("ILACS_CADENCE", () => {
  it("has exactly one rule for every grade", () => {
    for (const rule of ILACS_CADENCE) CadenceRuleSchema.parse(rule);
    expect(ILACS_CADENCE.flatMap((r) => r.after).sort()).toEqual(
      [...GRADES].sort(),
    );
  });
});

describe("nextInspectionWindow", () => {
  it.each([
    [
      { date: "2019-07-08", type: "standard-inspection", overallGrade: "good" },
      {
        type: "short-inspection",
        earliest: "2021-07-08",
        latest: "2022-07-08",
      },
    ],
    [
      {
        date: "2019-07-08",
        type: "short-inspection",
        overallGrade: "outstanding",
      },
      {
        type: "short-inspection",
        earliest: "2021-07-08",
        latest: "2022-07-08",
      },
    ],
    [
      {
        date: "2023-02-27",
        type: "standard-inspection",
        overallGrade: "requires-improvement",
      },
      {
        type: "standard-inspection",
        earliest: "2025-02-27",
        latest: "2026-02-27",
      },
    ],
    [
      {
        date: "2020-01-13",
        type: "standard-inspection",
        overallGrade: "inadequate",
      },
      { type: "standard-inspection", earliest: "2020-01-13", latest: null },
    ],
    [
      { date: "2019", type: "standard-inspection", overallGrade: "good" },
      {
        type: "short-inspection",
        earliest: "2021-01-01",
        latest: "2022-12-31",
      },
    ],
    [
      { date: "2020-02-29", type: "standard-inspection", overallGrade: "good" },
      {
        type: "short-inspection",
        earliest: "2022-02-28",
        latest: "2023-02-28",
      },
    ],
  ] as const)("after %j gives %j", (last, window) => {
    const result = nextInspectionWindow(last);
    expect(result).toEqual(window);
    expect(NextInspectionWindowSchema.parse(result)).toEqual(result);
  });

  it.each([
    [{ date: "2019-07-08", type: "focused-visit", overallGrade: "good" }],
    [{ date: "2019-07-08", type: "monitoring-visit" }],
    [{ date: "2026-05-11", type: "standard-inspection" }],
  ] as const)("returns undefined when no rule applies to %j", (last) => {
    expect(nextInspectionWindow(last)).toBeUndefined();
  });

  it("follows a cadence the caller passes", () => {
    const window = nextInspectionWindow(
      { date: "2019-07-08", type: "standard-inspection", overallGrade: "good" },
      [
        {
          after: ["good"],
          next: "standard-inspection",
          earliestMonths: 12,
          latestMonths: 60,
        },
      ],
    );
    expect(window).toEqual({
      type: "standard-inspection",
      earliest: "2020-07-08",
      latest: "2024-07-08",
    });
  });
});
