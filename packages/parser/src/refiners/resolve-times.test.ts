import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

function dated(text: string, published?: string): string[] {
  const ctx = contextAfter(
    text,
    "resolve-times",
    published ? { published } : {},
  );
  return ctx.datedJudgements.map(
    (d) =>
      `${d.authority.name}|${d.candidate.grade}|${d.date.year}${d.date.month ? `-${d.date.month}` : ""}|${d.date.origin}`,
  );
}

describe("resolveTimes", () => {
  it("dates the reported inspection from an inspection-date statement", () => {
    expect(
      dated(
        "Ofsted rated Wigan good. Inspectors visited in October.",
        "2020-01-20",
      ),
    ).toEqual(["Wigan|good|2019-10|statement"]);
  });

  it("falls back to the publication year", () => {
    expect(dated("Ofsted rated Wigan good.", "2020-01-20")).toEqual([
      "Wigan|good|2020|published",
    ]);
  });

  it("takes a month and day without a year from the ILACS register when the text has no date", () => {
    expect(
      dated(
        "Ofsted rated Hammersmith and Fulham outstanding. The visit took place between March 11 and 15 this year.",
      ),
    ).toEqual(["Hammersmith and Fulham|outstanding|2024-3|register"]);
  });

  it("gives an earlier grade the one year the text states for the last inspection", () => {
    expect(
      dated(
        "Ofsted rated Wigan good, up from inadequate. Wigan was last inspected in 2016.",
        "2020-01-20",
      ),
    ).toEqual(["Wigan|good|2020|published", "Wigan|inadequate|2016|previous"]);
  });

  it("drops a grade that cannot be dated", () => {
    expect(dated("Ofsted rated Wigan good.")).toEqual([]);
  });

  it("treats an undated grade in a monitoring-visit story as the earlier grade", () => {
    expect(
      dated(
        "Ofsted's fourth monitoring visit found Wigan, rated inadequate, making progress.",
        "2020-01-20",
      ),
    ).toEqual([]);
  });
});

describe("resolveTimes, register", () => {
  it("does not take a year from the register for a month without a day", () => {
    expect(
      dated(
        "Ofsted rated Hammersmith and Fulham outstanding. The visit took place in March this year.",
      ),
    ).toEqual([]);
  });
});
