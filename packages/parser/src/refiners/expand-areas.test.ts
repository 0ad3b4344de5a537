import { describe, expect, it } from "vitest";
import { contextAfter } from "../internal/testing";

function areas(text: string, published: string): string[] {
  const ctx = contextAfter(text, "expand-areas", { published });
  return ctx.datedJudgements.map(
    (d) => `${d.framework ?? "none"}:${d.areas.join("+")}`,
  );
}

describe("expandAreas", () => {
  it.each([
    [
      "SIF without the LSCB",
      "2016-06-01",
      "sif:overall-effectiveness+help-and-protection+children-in-care+adoption+care-leavers+leadership",
    ],
    [
      "ILACS 2018-22 with the combined judgement",
      "2019-06-01",
      "ilacs-2018:overall-effectiveness+leadership+help-and-protection+children-in-care-and-care-leavers",
    ],
    [
      "ILACS 2023+ with five judgements",
      "2024-06-01",
      "ilacs-2023:overall-effectiveness+leadership+help-and-protection+children-in-care+care-leavers",
    ],
    [
      "April 2026 onwards without overall effectiveness",
      "2026-09-01",
      "ilacs-2026:leadership+help-and-protection+children-in-care+care-leavers",
    ],
  ])("expands 'every area' under %s", (_name, published, expected) => {
    expect(areas("Ofsted rated Wigan good in every area.", published)).toEqual([
      expected,
    ]);
  });

  it("combines children in care and care leavers in 2018-22 and splits them otherwise", () => {
    expect(
      areas("Ofsted rated Wigan good for children in care.", "2020-06-01"),
    ).toEqual(["ilacs-2018:children-in-care-and-care-leavers"]);
    expect(
      areas(
        "Ofsted rated Wigan good for the experiences and progress of children in care and care leavers.",
        "2024-06-01",
      ),
    ).toEqual(["ilacs-2023:children-in-care+care-leavers"]);
  });

  it("drops areas a framework never graded", () => {
    expect(
      areas("Ofsted rated Wigan good for adoption.", "2020-06-01"),
    ).toEqual(["ilacs-2018:"]);
  });

  it("resolves 'four of its five' from the area graded otherwise in the sentence", () => {
    expect(
      areas(
        "Ofsted rated Wigan outstanding for four of its five judgements, with care leavers rated good.",
        "2024-06-01",
      ),
    ).toEqual([
      "ilacs-2023:overall-effectiveness+leadership+help-and-protection+children-in-care",
      "ilacs-2023:care-leavers",
    ]);
  });

  it("leaves a count it cannot resolve", () => {
    expect(
      areas(
        "Ofsted rated Wigan outstanding in three of the four judgements.",
        "2020-06-01",
      ),
    ).toEqual(["ilacs-2018:"]);
  });

  it("keeps a grade before the single inspection framework out of the model", () => {
    expect(areas("Ofsted rated Wigan good in 2012.", "2020-06-01")).toEqual([
      "none:",
    ]);
  });
});
